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
  const rows = cases.map((entry) => ({ id: entry.id, situation: entry.data.situation, payment: entry.data.payment, result: entry.data.result, entry }));
  const of = (facet: FacetName, known: readonly string[], slug?: (v: string) => string): FacetPage[] =>
    facetValues(rows, facet, known, slug).map((v) => ({ facet, value: v.value, slug: v.slug, cases: v.cases.map((r) => r.entry) }));
  return {
    situation: of('situation', situations),
    payment: of('payment', payments),
    result: of('result', results, (v) => resultSlugs[v as keyof typeof resultSlugs]),
  };
}

/** The label readers see for a facet value. */
export function facetLabel(facet: FacetName, value: string, labels: { situations: Record<string, string>; payments: Record<string, string> }): string {
  if (facet === 'situation') return labels.situations[value] ?? value;
  if (facet === 'payment') return labels.payments[value] ?? value;
  return value;
}
