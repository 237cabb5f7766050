import { h, hydrate } from 'preact';
import Search, { type SearchStrings } from './Search';
import { mount } from './mount';

/** Hydrates the search page's island (src/pages/search.astro) from a plain script (src/islands/mount.ts). */
mount('search', (el) => hydrate(h(Search, { strings: JSON.parse(el.dataset.props ?? '{}') as SearchStrings }), el));
