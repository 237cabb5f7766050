/**
 * Every internal URL of the site, in one place. Pure and tiny: islands import it too.
 * Changing a path here changes it everywhere; the site tests check every link resolves.
 */
import type { FacetName } from './cases/facets';
import type { SearchType } from './search/type';

export const homeUrl = (): string => '/';
export const guideIndexUrl = (): string => '/guide/';
/** A chapter, or one of its sections (the heading's slug, as the chapter's table of contents links it). */
export function chapterUrl(id: string, section?: string): string {
  return section ? `/guide/${id}/#${section}` : `/guide/${id}/`;
}

/** The reader situations (直播购物, 预售定金…), and one situation's page. */
export const situationsUrl = (): string => '/guide/situations/';
export const situationUrl = (id: string): string => `/guide/situations/${id}/`;

/** A filter of the case library: a facet and its value's URL segment (e.g. "flight", "full"). */
export interface ListFilter {
  facet: FacetName;
  slug: string;
}

/** /cases/, /cases/page/2/, /cases/situation/flight/, /cases/situation/flight/page/2/ */
export function caseListUrl(filter?: ListFilter, page = 1): string {
  const base = filter ? `/cases/${filter.facet}/${filter.slug}/` : '/cases/';
  return page > 1 ? `${base}page/${page}/` : base;
}
export const caseUrl = (id: string): string => `/cases/${id}/`;
export const caseFeedUrl = (): string => '/cases/feed.xml';

export const quizStartUrl = (): string => '/check/';
export const quizMapUrl = (): string => '/check/map/';
export const questionUrl = (id: string): string => `/check/q/${id}/`;
export const outcomeUrl = (id: string): string => `/check/result/${id}/`;

/**
 * /search/, /search/?q=…&type=…: encoded as the header's GET form sends it (a space is "+"),
 * so a link, the island's address and the form agree.
 */
export function searchUrl(query = '', type: SearchType | '' = ''): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (type) params.set('type', type);
  return params.size ? `/search/?${params}` : '/search/';
}

/** Offline use: the 离线也能用 control, what works offline; the service worker's fallback page. */
export const offlineUrl = (): string => '/offline/';

/** The notebook, or one of its records (the record id is the fragment). */
export function notebookUrl(recordId?: string): string {
  return recordId ? `/my/#${recordId}` : '/my/';
}
