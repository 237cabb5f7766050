/**
 * The escalation ladder, in one place. A rung is one outcome as a step of the ladder, known by
 * the outcome's id (a notebook step's `rung` is such an id): 商家 → 平台 → 支付渠道 → 12315 或消协
 * → 诉讼, and on the fraud branch 止损 → 报警 → 防二次诈骗. Each outcome's `next` names the rung
 * after it. The outcome page's 如果这一步没有用, the notebook's advice and the content check
 * all read it here. Pure and small: the notebook island imports it.
 */
import { hasOwn } from './compat';
import type { Problem } from './content/types';

type Branch = 'consumer' | 'fraud';

/** One rung, from its outcome's frontmatter. */
export interface Rung {
  id: string;
  title: string;
  branch: Branch;
  /** The rung's short name (the outcome's `rung` field: 商家, 12315, 诉讼…). */
  name: string;
  next?: string | undefined;
  evidence: string[];
}

/** Every rung by outcome id. */
export type Ladder = Record<string, Rung>;

/** What the ladder needs of an outcome file. */
export interface RungSource {
  id: string;
  data: { title: string; branch: Branch; rung: string; next?: string | undefined; evidence: string[] };
}

export function ladderOf(outcomes: readonly RungSource[]): Ladder {
  return Object.fromEntries(
    outcomes.map(({ id, data: d }) => [id, { id, title: d.title, branch: d.branch, name: d.rung, next: d.next, evidence: d.evidence }]),
  );
}

/**
 * Outcome ids that were renamed, old → new: a record saved under an old id keeps its
 * advice. Add a line here whenever an outcome file is renamed.
 */
const RENAMED: ReadonlyMap<string, string> = new Map<string, string>([]);

/**
 * The rung of an outcome id, following renames; undefined when this build does not know it.
 * An own property only: `constructor` or `__proto__` from a file is not a rung.
 */
export function rungOf(ladder: Ladder, id: string): Rung | undefined {
  const own = (k: string) => hasOwn(ladder, k);
  const to = own(id) ? id : RENAMED.get(id);
  return to !== undefined && own(to) ? ladder[to] : undefined;
}

/**
 * Rungs that are alternatives, not one after the other: a complaint to 12315 and mediation
 * by the 消费者协会 (消法39 lists them side by side; the reader picks one). After either one's
 * mediation fails, or 12315 does not accept the complaint, the next rung is court or
 * arbitration (令121第25条), never the other alternative: the content check refuses that.
 */
export const ALTERNATIVES: readonly (readonly string[])[] = [['complaint-12315', 'mediation']];

const alternatives = (a: string, b: string) => ALTERNATIVES.some((set) => set.includes(a) && set.includes(b));

/**
 * The rung to climb to when this one has failed: the outcome's `next`. Only within the same
 * branch: a scam record never gets a consumer rung (and the reverse); the content check
 * refuses such a `next`, and this holds even for a ladder that was not checked.
 */
export function nextRung(ladder: Ladder, id: string): Rung | null {
  const here = rungOf(ladder, id);
  const next = here?.next === undefined ? undefined : rungOf(ladder, here.next);
  return next && next.branch === here!.branch && next.id !== here!.id ? next : null;
}

/**
 * The top of the consumer ladder (诉讼或仲裁): a consumer rung with no rung after it. The
 * court documents (issue 24) are offered there; the fraud branch's last step is no court rung.
 */
export function isTopRung(ladder: Ladder, id: string): boolean {
  const r = rungOf(ladder, id);
  return r !== undefined && r.branch === 'consumer' && nextRung(ladder, r.id) === null;
}

/** A record is at the top rung when it was saved there or has a step on it. */
export const atTopRung = (ladder: Ladder, record: { outcome: string; steps: readonly { rung: string }[] }): boolean =>
  [record.outcome, ...record.steps.map((s) => s.rung)].some((id) => isTopRung(ladder, id));

/**
 * The rungs in ladder order: the consumer branch, then the fraud branch; within a branch the
 * rung farthest from the top first (merchant before platform before court), then by id.
 */
export function ladderOrder(ladder: Ladder): string[] {
  const height = (id: string): number => {
    let n = 0;
    for (let at = nextRung(ladder, id); at && n <= Object.keys(ladder).length; at = nextRung(ladder, at.id)) n++;
    return n;
  };
  const rank = (r: Rung) => [r.branch === 'fraud' ? 1 : 0, -height(r.id)] as const;
  return Object.values(ladder)
    .sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1] || a.id.localeCompare(b.id))
    .map((r) => r.id);
}

/** What the content check knows of each outcome: its id, file, branch and `next`. */
export interface LadderCheckRung {
  id: string;
  file: string;
  branch: Branch;
  next?: string | undefined;
}

/**
 * Refuses a `next` that leaves its branch (a scam outcome pointing at a consumer rung, or the
 * reverse), names the outcome's own alternative (12315 → 消协), names the outcome itself, or
 * closes a loop. An unknown `next` is the reference check's to name.
 */
export function checkLadder(rungs: readonly LadderCheckRung[]): Problem[] {
  const byId = new Map(rungs.map((r) => [r.id, r]));
  const problems: Problem[] = [];
  for (const r of rungs) {
    const next = r.next === undefined ? undefined : byId.get(r.next);
    if (!next) continue;
    const field = `field "next": "${next.id}"`;
    if (next.branch !== r.branch)
      problems.push({
        file: r.file,
        message: `${field} is on the ${next.branch} branch; the next rung of a ${r.branch} outcome stays on the ${r.branch} branch`,
      });
    else if (alternatives(r.id, next.id)) problems.push({ file: r.file, message: `${field} is an alternative to "${r.id}" (pick one), not the rung after it` });
    else if (next.id === r.id) problems.push({ file: r.file, message: `${field} is the outcome itself` });
    else {
      const seen = new Set([r.id]);
      let at: LadderCheckRung | undefined = next;
      while (at && !seen.has(at.id)) {
        seen.add(at.id);
        at = at.next === undefined ? undefined : byId.get(at.next);
      }
      if (at?.id === r.id) problems.push({ file: r.file, message: `${field} leads back to "${r.id}": the ladder must go up` });
    }
  }
  return problems;
}
