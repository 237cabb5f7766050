import { getCollection, type CollectionEntry } from 'astro:content';
import { payments, resultSlugs, results, situations } from '../schemas/case';
import { facetValues, FACETS, type FacetName } from '../lib/cases/facets';
import { caseKind, caseKinds, type CaseKind } from '../lib/cases/kind';
import { paginate, type ListPage } from '../lib/cases/paging';
import { caseUrl } from '../lib/urls';
import type { Link } from './types';

export type CaseEntry = CollectionEntry<'cases'>;

/** Cases, newest review first, then by title. */
export async function getCases(): Promise<CaseEntry[]> {
  return (await getCollection('cases')).sort((a, b) => b.data.reviewed.localeCompare(a.data.reviewed) || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** A case as a related link: title and result. */
export interface CaseLink extends Link {
  result: string;
}

export function caseLinks(cases: readonly CaseEntry[]): CaseLink[] {
  return cases.map((c) => ({ url: caseUrl(c.id), title: c.data.title, result: c.data.result }));
}

export interface FacetPage {
  facet: FacetName;
  value: string;
  slug: string;
  cases: CaseEntry[];
}

/** The value a case has for a filter: its kind follows from its source, the rest are frontmatter. */
function facetValue(facet: FacetName, c: CaseEntry): string {
  return facet === 'kind' ? caseKind(c.data.source) : (c.data[facet] ?? '');
}

/** Every filter value that has cases, with them: one static page each, e.g. /cases/situation/flight/. */
export function caseFacets(cases: CaseEntry[]): Record<FacetName, FacetPage[]> {
  const of = (facet: FacetName, known: readonly string[], slug?: (v: string) => string): FacetPage[] =>
    facetValues(cases, (c) => facetValue(facet, c), known, slug).map((v) => ({ facet, ...v }));
  return {
    kind: of('kind', caseKinds),
    situation: of('situation', situations),
    payment: of('payment', payments),
    result: of('result', results, (v) => resultSlugs[v as keyof typeof resultSlugs]),
  };
}

/** One static list page: a page of the index (no filter) or of one filter value. */
export interface CaseListRoute {
  filter?: FacetPage | undefined;
  page: ListPage<CaseEntry>;
}

/** Every list page of the library: the index and each filter value, each split into pages. */
export function caseListRoutes(cases: CaseEntry[], facets: Record<FacetName, FacetPage[]>): CaseListRoute[] {
  return [
    ...paginate(cases).map((page) => ({ page })),
    ...FACETS.flatMap((facet) => facets[facet].flatMap((filter) => paginate(filter.cases).map((page) => ({ filter, page })))),
  ];
}

interface FacetLabels {
  cases: Record<FacetName, string> & { kinds: Record<CaseKind, string> };
  situations: Record<string, string>;
  payments: Record<string, string>;
}

/** The name readers see for a filter: 类型, 情况, 付款方式, 结果. */
export function facetName(facet: FacetName, labels: FacetLabels): string {
  return labels.cases[facet];
}

/** The label readers see for a facet value. */
export function facetLabel(facet: FacetName, value: string, labels: FacetLabels): string {
  if (facet === 'kind') return labels.cases.kinds[value as CaseKind] ?? value;
  if (facet === 'situation') return labels.situations[value] ?? value;
  if (facet === 'payment') return labels.payments[value] ?? value;
  return value;
}
