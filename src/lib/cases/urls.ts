/** Every URL of the case library, in one place: the index, filter pages, their pages, a case. */
import type { FacetName } from './facets';

export interface ListFilter {
  facet: FacetName;
  /** The value's URL segment (e.g. "flight", "full"). */
  slug: string;
}

/** /cases/, /cases/page/2/, /cases/situation/flight/, /cases/situation/flight/page/2/ */
export function caseListUrl(filter?: ListFilter, page = 1): string {
  const base = filter ? `/cases/${filter.facet}/${filter.slug}/` : '/cases/';
  return page > 1 ? `${base}page/${page}/` : base;
}

export function caseUrl(id: string): string {
  return `/cases/${id}/`;
}
