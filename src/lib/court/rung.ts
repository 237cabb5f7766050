import { hasOwn } from '../compat';
import type { Rung, Rungs } from '../notebook/ladder';

/** A rung as the outcome frontmatter and the notebook's ladder both describe it. */
interface RungLike {
  branch: 'consumer' | 'fraud';
  next?: string | undefined;
}

/**
 * The lawsuit rung is the top of the consumer ladder: a consumer outcome with no next rung.
 * Read from the ladder, not from an outcome id.
 */
export const isCourtRung = (r: RungLike | undefined): boolean => r !== undefined && r.branch === 'consumer' && !r.next;

/**
 * A rung by its id, an own property only. Not ladder.ts's rungOf (which also follows renamed
 * outcomes): importing that module here splits it out of the notebook page's script into a
 * file of its own, about 200 B over that page's 12 KB budget. The notebook hands over a
 * record whose outcome it has already followed.
 */
export const rungIn = (rungs: Rungs, id: string): Rung | undefined => (hasOwn(rungs, id) ? rungs[id] : undefined);

/** A record is at the lawsuit rung when it was saved there or has a step on it. */
export function atCourtRung(record: { outcome: string; steps: readonly { rung: string }[] }, rungs: Rungs): boolean {
  return [record.outcome, ...record.steps.map((s) => s.rung)].some((id) => isCourtRung(rungIn(rungs, id)));
}
