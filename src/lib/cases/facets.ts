/** Filters of the case library, computed from case frontmatter. Pure, so it is unit-tested. */
export type FacetName = 'kind' | 'situation' | 'payment' | 'result';
export const FACETS: FacetName[] = ['kind', 'situation', 'payment', 'result'];

export interface FacetValue<T> {
  /** The value as written in frontmatter. */
  value: string;
  /** Its URL segment. */
  slug: string;
  cases: T[];
}

/**
 * Every value of a facet that at least one case has, in the order of `known` (the schema's
 * list), with the matching cases. Values no case has are left out: no empty filter pages.
 */
export function facetValues<T>(
  cases: readonly T[],
  valueOfCase: (item: T) => string,
  known: readonly string[],
  slugOf: (value: string) => string = (v) => v,
): FacetValue<T>[] {
  return known.map((value) => ({ value, slug: slugOf(value), cases: cases.filter((c) => valueOfCase(c) === value) })).filter((v) => v.cases.length > 0);
}
