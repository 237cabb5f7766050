/** Splitting a case list into static pages. Pure, so it is unit-tested. */

/** Cases per list page: enough to scan, small enough for the 14 KB page budget. */
export const PER_PAGE = 20;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1, so an empty list still has its page). */
  count: number;
  items: T[];
  /** Position of the first item on this page in the whole list, 1-based (0 when empty). */
  from: number;
  to: number;
}

export function paginate<T>(items: readonly T[], perPage: number = PER_PAGE): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage must be a positive integer, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * perPage, (i + 1) * perPage);
    return { number: i + 1, count, items: slice, from: slice.length ? i * perPage + 1 : 0, to: i * perPage + slice.length };
  });
}

/**
 * The page numbers a pager shows: the first and last page, and those within `radius` of the
 * current one; 'gap' stands for the pages left out. Keeps the pager short at 250 pages.
 */
export function pageWindow(current: number, count: number, radius = 2): (number | 'gap')[] {
  const shown = [...new Set([1, count, ...Array.from({ length: radius * 2 + 1 }, (_, i) => current - radius + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of shown) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && n - prev === 2) out.push(n - 1);
    else if (typeof prev === 'number' && n - prev > 2) out.push('gap');
    out.push(n);
  }
  return out;
}
