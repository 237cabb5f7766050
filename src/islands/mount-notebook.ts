import { h, render } from 'preact';
import Notebook, { type Props } from './Notebook';

/**
 * The notebook is rendered in the browser only: its data is in this browser's storage, so
 * there is nothing to render at build. Mounting it from a plain script rather than as an
 * Astro island spares the island runtime (about 3 KB gzip) on a page with a 12 KB budget.
 * The element's static content (a message for readers without JavaScript) is replaced.
 */
export function mountNotebook(el: HTMLElement): void {
  // Below the browser floor (README: Chrome 79, Safari 13; these came in Chrome 73-76 and
  // Safari 12.1-13) the page keeps its no-JavaScript message rather than half a notebook.
  if (typeof Promise.allSettled !== 'function' || typeof Object.fromEntries !== 'function') return;
  const props = JSON.parse(el.dataset.props || '{}') as Props;
  el.textContent = '';
  render(h(Notebook, props), el);
}
