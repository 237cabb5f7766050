import { OFFLINE_CLEARED, OFFLINE_REQUESTED } from '../core';
import { enableOffline, offlineSavedAt, offlineSupported, savedDay } from './enable';

/**
 * The 离线也能用 controls on the page (src/components/OfflineControl.astro): shown where the
 * browser can keep the site offline, saying when it last did; a tap saves the site, and so
 * does saving a record (requestOffline() in request.ts fires the event it hears). Their
 * words come in data attributes, so this script carries none, and so does the address of
 * the page whose saved copy tells when the site was saved (data-probe: the fallback page).
 */
export function mountOfflineControls(): void {
  if (!offlineSupported()) return;
  for (const root of document.querySelectorAll<HTMLElement>('.offline-control')) {
    const button = root.querySelector('button');
    const status = root.querySelector('output');
    if (!button || !status) continue;
    const words = root.dataset;
    const show = (iso: string) => {
      status.textContent = (words.saved ?? '').replace('{date}', savedDay(iso, document.documentElement.lang));
      button.textContent = words.update ?? button.textContent;
    };
    const label = button.textContent;
    root.hidden = false;
    addEventListener(OFFLINE_CLEARED, () => {
      status.textContent = '';
      button.textContent = label;
    });
    void offlineSavedAt(words.probe ?? '').then((iso) => iso && show(iso));
    const save = async () => {
      if (button.disabled) return;
      button.disabled = true;
      status.textContent = words.saving ?? '';
      const iso = await enableOffline();
      if (iso) show(iso);
      else status.textContent = words.failed ?? '';
      button.disabled = false;
    };
    button.addEventListener('click', save);
    addEventListener(OFFLINE_REQUESTED, save);
  }
}
