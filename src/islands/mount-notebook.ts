import { h, render } from 'preact';
import Notebook, { type Props } from './Notebook';
import { mount } from './mount';

/**
 * The notebook is rendered in the browser only: its data is in this browser's storage, so
 * there is nothing to render at build. Mounted from a plain script (src/islands/mount.ts) on
 * a page with a 12 KB budget; the element's <noscript> message is replaced.
 */
mount('notebook', (el) => {
  const props = JSON.parse(el.dataset.props || '{}') as Props;
  el.textContent = '';
  render(h(Notebook, props), el);
});
