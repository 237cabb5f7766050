/** The entries before and after position `index` in an ordered list. */
export function neighbours<T>(items: readonly T[], index: number): { prev: T | undefined; next: T | undefined } {
  return { prev: index > 0 ? items[index - 1] : undefined, next: index < items.length - 1 ? items[index + 1] : undefined };
}
