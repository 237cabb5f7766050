/** What the notebook knows of each outcome (one rung of the ladder), from its frontmatter. */
export interface Rung {
  id: string;
  title: string;
  branch: 'consumer' | 'fraud';
  rung: string;
  next?: string | undefined;
  evidence: string[];
}

export type Rungs = Record<string, Rung>;

/**
 * Outcome ids that were renamed, old → new: a record saved under an old id keeps its
 * advice. Add a line here whenever an outcome file is renamed.
 */
const RENAMED: ReadonlyMap<string, string> = new Map<string, string>([]);

/**
 * The rung of an outcome id, following renames; undefined when this build does not know it.
 * An own property only: `constructor` or `__proto__` from a file is not a rung.
 */
export function rungOf(rungs: Rungs, id: string): Rung | undefined {
  const own = (k: string) => Object.prototype.hasOwnProperty.call(rungs, k);
  const to = own(id) ? id : RENAMED.get(id);
  return to !== undefined && own(to) ? rungs[to] : undefined;
}

/**
 * Rungs that are alternatives, not one after the other: a complaint to 12315 and mediation
 * by the 消费者协会 (消法39 lists them side by side). After either one's mediation fails, or
 * 12315 does not accept the complaint, the next rung is court or arbitration (令121第25条),
 * never the other alternative.
 */
const ALTERNATIVES: readonly (readonly string[])[] = [['complaint-12315', 'mediation']];

const alternatives = (a: string, b: string) => ALTERNATIVES.some((set) => set.includes(a) && set.includes(b));

/**
 * The rung to climb to when this one has failed: the outcome's `next`, skipping an
 * alternative of the current rung. Only within the same branch: a scam record never
 * gets a consumer rung (and the reverse), whatever the content says.
 */
export function nextRung(rungs: Rungs, current: string): Rung | null {
  const here = rungOf(rungs, current);
  if (!here) return null;
  const seen = new Set([current]);
  let id = here.next;
  while (id && alternatives(current, id) && !seen.has(id)) {
    seen.add(id);
    id = rungOf(rungs, id)?.next;
  }
  const next = id ? rungOf(rungs, id) : undefined;
  return next && next.branch === here.branch && next.id !== here.id ? next : null;
}
