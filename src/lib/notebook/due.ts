import { computeDeadlines, type Deadline, type DeadlineId, type DeadlineInputs } from '../deadlines/compute';
import { daysBetween } from '../deadlines/dates';
import { nextRung, rungOf, type Rung, type Ladder } from '../ladder';
import type { CaseRecord, Step } from './schema';

/** Steps oldest first; steps on one day keep the order they were entered. */
export function timeline(steps: readonly Step[]): Step[] {
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.date.localeCompare(b.s.date) || a.i - b.i)
    .map(({ s }) => s);
}

/** The dates the deadline rules count from: for each kind of step, its latest date. */
export function deadlineInputs(steps: readonly Step[]): DeadlineInputs {
  const inputs: DeadlineInputs = {};
  for (const s of timeline(steps)) if (s.event !== 'reply' && s.event !== 'other') inputs[s.event] = s.date;
  return inputs;
}

/**
 * The rung the reader is on: that of the latest step, or the outcome they saved from.
 * A step on the other branch (only possible in an edited file) does not count.
 */
export function currentRung(record: CaseRecord, rungs: Ladder): string {
  const last = lastOf(timeline(record.steps));
  const here = rungOf(rungs, record.outcome);
  const there = last && rungOf(rungs, last.rung);
  return there && here && there.branch === here.branch ? there.id : here ? here.id : record.outcome;
}

// Not .at(-1): the browser floor (Chrome 79) does not have it.
const lastOf = <T>(list: readonly T[]): T | undefined => list[list.length - 1];

/**
 * Deadlines that mean "this rung has failed" once they pass with nothing done since: the
 * merchant's refund and deliberate-delay marks, the regulator's decision on accepting a
 * complaint (not accepted in time: go on), and the end of mediation. The reader's own
 * return window and the limitation period are reminders, not reasons to climb.
 */
const CLIMB_ON: readonly DeadlineId[] = ['refund-after-return', 'delay-after-return', 'delay-after-request', 'complaint-decision', 'mediation-end'];

export interface Due {
  branch: 'consumer' | 'fraud';
  /** This build knows the record's outcome (directly or through a rename). */
  known: boolean;
  /** The rung the reader is on. */
  current: string;
  /** A deadline that passed with nothing recorded since (consumer records only). */
  failed: Deadline | null;
  /** Deadlines today or later, soonest first, with days left. */
  upcoming: (Deadline & { daysLeft: number })[];
  passed: Deadline[];
  /** The deadline that passed with no result, and the rung to climb to; null if none. */
  climb: { because: Deadline; to: Rung } | null;
  /** For a scam record, the next step of the fraud branch (never a consumer rung). */
  fraudNext: Rung | null;
}

/** What is due next for one record on a given day. */
export function due(record: CaseRecord, rungs: Ladder, today: string): Due {
  const here = rungOf(rungs, record.outcome);
  const known = here !== undefined;
  const branch = here?.branch ?? 'consumer';
  const current = currentRung(record, rungs);
  if (branch === 'fraud') return { branch, known, current, failed: null, upcoming: [], passed: [], climb: null, fraudNext: nextRung(rungs, current) };
  const inputs = deadlineInputs(record.steps);
  const all = computeDeadlines(inputs);
  const upcoming = all.filter((d) => d.date >= today).map((d) => ({ ...d, daysLeft: daysBetween(today, d.date) }));
  const passed = all.filter((d) => d.date < today);
  const lastStep = lastOf(timeline(record.steps))?.date ?? '';
  // A deadline counts once it is over and the reader has recorded nothing after it.
  const failed = record.resolved
    ? undefined
    : lastOf(passed.filter((d) => CLIMB_ON.includes(d.id) && d.date >= lastStep && !(d.id === 'complaint-decision' && inputs.accepted)));
  const to = failed ? nextRung(rungs, current) : null;
  return { branch, known, current, failed: failed ?? null, upcoming, passed, climb: failed && to ? { because: failed, to } : null, fraudNext: null };
}
