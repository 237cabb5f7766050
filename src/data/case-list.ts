import { caseFacets, caseListRoutes, facetLabel, facetName, getCases, type CaseEntry, type CaseListRoute, type FacetPage } from './cases';
import type { Link } from './types';
import { FACETS, type FacetName } from '../lib/cases/facets';
import { caseKind, type CaseKind } from '../lib/cases/kind';
import { pageWindow } from '../lib/cases/paging';
import { caseFeedUrl, caseListUrl, caseUrl, type ListFilter } from '../lib/urls';
import { ui } from '../i18n';

/** One case in a list: its card. */
export interface CaseCard extends Link {
  summary: string;
  kind: CaseKind;
  kindLabel: string;
  situation: string;
  result: string;
}

/** A filter value in the filter menu: its page, how many cases, whether this page is it. */
interface FacetLink extends Link {
  count: number;
  current: boolean;
}

/** What a page of the case index or of a filter value renders. */
export interface CaseListView {
  /** The heading; the document title adds the library's name on filter pages. */
  title: string;
  docTitle: string;
  description: string | undefined;
  filtered: boolean;
  /** How many cases this list has in all (the index: the whole library). */
  listed: number;
  from: number;
  to: number;
  /** The whole library, and whether this page is its index. */
  all: FacetLink;
  feed: string;
  facets: { name: string; open: boolean; values: FacetLink[] }[];
  cards: CaseCard[];
  /** Page links, when the list has more than one page. */
  pager: { prev: string | undefined; next: string | undefined; pages: ({ number: number; url: string; current: boolean } | 'gap')[] } | undefined;
}

export interface CaseListProps {
  route: CaseListRoute;
  facets: Record<FacetName, FacetPage[]>;
  total: number;
}

/** Which list pages a route file builds: the index or a filter value, page 1 or later pages. */
export type CaseListPages = 'index' | 'index-later' | 'filter' | 'filter-later';

/** The static paths of one kind of list page, e.g. /cases/page/2/ or /cases/kind/public/. */
export async function caseListPaths(which: CaseListPages): Promise<{ params: Record<string, string>; props: CaseListProps }[]> {
  const cases = await getCases();
  const facets = caseFacets(cases);
  const later = which.endsWith('-later');
  const filtered = which.startsWith('filter');
  return caseListRoutes(cases, facets)
    .filter((r) => Boolean(r.filter) === filtered && (later ? r.page.number > 1 : r.page.number === 1))
    .map((route) => ({
      params: {
        ...(route.filter ? { facet: route.filter.facet, value: route.filter.slug } : {}),
        ...(later ? { page: String(route.page.number) } : {}),
      },
      props: { route, facets, total: cases.length },
    }));
}

function card(c: CaseEntry): CaseCard {
  const kind = caseKind(c.data.source);
  return {
    url: caseUrl(c.id),
    title: c.data.title,
    summary: c.data.summary,
    kind,
    kindLabel: ui.cases.kinds[kind],
    situation: ui.situations[c.data.situation],
    result: c.data.result,
  };
}

export function caseListView({ route: { filter, page }, facets, total }: CaseListProps): CaseListView {
  const c = ui.cases;
  const heading = filter ? c.filteredBy(facetName(filter.facet, ui), facetLabel(filter.facet, filter.value, ui)) : c.title;
  const title = page.number > 1 ? c.pageTitle(heading, page.number) : heading;
  const current: ListFilter | undefined = filter ? { facet: filter.facet, slug: filter.slug } : undefined;
  const url = (n: number) => caseListUrl(current, n);
  return {
    title,
    docTitle: filter ? `${title} | ${c.title}` : title,
    description: filter ? undefined : c.lede,
    filtered: Boolean(filter),
    listed: filter ? filter.cases.length : total,
    from: page.from,
    to: page.to,
    all: { url: caseListUrl(), title: c.all, count: total, current: !current },
    feed: caseFeedUrl(),
    facets: FACETS.map((facet) => ({
      name: facetName(facet, ui),
      open: current?.facet === facet,
      values: facets[facet].map((v) => ({
        url: caseListUrl({ facet, slug: v.slug }),
        title: facetLabel(facet, v.value, ui),
        count: v.cases.length,
        current: current?.facet === facet && current.slug === v.slug,
      })),
    })),
    cards: page.items.map(card),
    pager:
      page.count > 1
        ? {
            prev: page.number > 1 ? url(page.number - 1) : undefined,
            next: page.number < page.count ? url(page.number + 1) : undefined,
            pages: pageWindow(page.number, page.count).map((n) => (n === 'gap' ? n : { number: n, url: url(n), current: n === page.number })),
          }
        : undefined,
  };
}
