/**
 * A case is a composite (written to illustrate a route) or a public case (built on a court's or
 * regulator's published report). The kind follows from `source` alone, so a case file cannot say
 * one thing in a field and another in its source.
 */
export const caseKinds = ['public', 'composite'] as const;
export type CaseKind = (typeof caseKinds)[number];

export function caseKind(source: string): CaseKind {
  return source === 'composite' ? 'composite' : 'public';
}
