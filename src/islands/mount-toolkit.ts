import { mount } from './mount';

// The outcome toolkit (letter, save, checklist, deadlines), rendered by the page
// (src/components/ToolkitRoot.astro): its code loads when it scrolls into view, which keeps
// the outcome page's JavaScript at load within 12 KB.
mount('toolkit', (el) => whenVisible(el, () => import('./hydrate-toolkit').then((m) => m.hydrateToolkit(el))));

/** Runs `load` once the element scrolls into view (what Astro's client:visible did). */
function whenVisible(el: HTMLElement, load: () => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const go = () => load().then(resolve, reject);
    if (typeof IntersectionObserver !== 'function') return void go();
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      go();
    });
    seen.observe(el);
  });
}
