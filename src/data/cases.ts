import { getCollection, type CollectionEntry } from 'astro:content';
import { payments, resultSlugs, results, situations } from '../schemas/case';
import { facetValues, type FacetName } from '../lib/cases/facets';

export type CaseEntry = CollectionEntry<'cases'>;

/** Cases, newest review first, then by title. */
export async function getCases(): Promise<CaseEntry[]> {
  return (await getCollection('cases')).sort((a, b) => b.data.reviewed.localeCompare(a.data.reviewed) || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

export interface FacetPage {
  facet: FacetName;
  value: string;
  slug: string;
  cases: CaseEntry[];
}

/** Every filter value that has cases, with them: one static page each, e.g. /cases/situation/flight/. */
export function caseFacets(cases: CaseEntry[]): Record<FacetName, FacetPage[]> {
  const of = (facet: FacetName, known: readonly string[], slug?: (v: string) => string): FacetPage[] =>
    facetValues(cases, (c) => c.data[facet], known, slug).map((v) => ({ facet, ...v }));
  return {
    situation: of('situation', situations),
    payment: of('payment', payments),
    result: of('result', results, (v) => resultSlugs[v as keyof typeof resultSlugs]),
  };
}

interface FacetLabels {
  cases: Record<FacetName, string>;
  situations: Record<string, string>;
  payments: Record<string, string>;
}

/** The name readers see for a filter: 情况, 付款方式, 结果. */
export function facetName(facet: FacetName, labels: FacetLabels): string {
  return labels.cases[facet];
}

/** The label readers see for a facet value. */
export function facetLabel(facet: FacetName, value: string, labels: FacetLabels): string {
  if (facet === 'situation') return labels.situations[value] ?? value;
  if (facet === 'payment') return labels.payments[value] ?? value;
  return value;
}
