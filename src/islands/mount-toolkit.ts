import { mount, whenVisible } from './mount';

// The outcome toolkit (letter, save, checklist, deadlines), rendered by the page
// (src/components/ToolkitRoot.astro): its code loads when it scrolls into view, which keeps
// the outcome page's JavaScript at load within 12 KB.
mount('toolkit', (el) => whenVisible(el, () => import('./hydrate-toolkit').then((m) => m.hydrateToolkit(el))));
