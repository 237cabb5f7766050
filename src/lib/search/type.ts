/**
 * What a page is in search results, by id: Pagefind's `type` filter value on the page, the
 * search address's `type=`, and the key of its label in the UI dictionary (ui.search.types).
 */
export type SearchType = 'guide' | 'case' | 'outcome';

/** A page's data-pagefind-filter value. */
export const searchFilter = (type: SearchType): string => `type:${type}`;
