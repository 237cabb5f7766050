import type { DeadlineInputs } from '../deadlines/compute';
import { FIELDS, type Field, type Fields } from '../letters/fields';
import type { Answer } from '../tree/walk';
import { LIMITS, newId, recordDate, type CaseRecord, type Step } from './schema';

export interface SaveInput {
  outcome: string;
  answers: Answer[];
  letter: Fields;
  name: string;
  today: string;
  /** Dates typed into the outcome page's deadline calculator: each becomes a step. */
  dates?: DeadlineInputs;
  /** Evidence ticked on the outcome page. */
  evidence?: string[];
}

/** Letter fields within the record's limits, and the ones that had to be cut (the save button says so). */
export function clipLetter(fields: Fields): { letter: Fields; cut: Field[] } {
  const letter: Fields = {};
  const cut: Field[] = [];
  for (const f of FIELDS) {
    const v = fields[f];
    if (typeof v !== 'string') continue;
    if (v.length > LIMITS.field) cut.push(f);
    letter[f] = v.slice(0, LIMITS.field);
  }
  return { letter, cut };
}

const DATE_EVENTS = ['received', 'requested', 'returned', 'complained', 'accepted'] as const;

/** The calculator's dates as steps on this rung; a date the record rule refuses is left out. */
function dateSteps(input: SaveInput, have: readonly Step[], random?: () => number): Step[] {
  const dates = input.dates ?? {};
  return DATE_EVENTS.filter((e) => {
    const d = dates[e];
    return d !== undefined && recordDate(d) && !have.some((s) => s.event === e && s.date === d);
  }).map((e) => ({ id: newId('s', random), date: dates[e]!, rung: input.outcome, event: e, ref: '', note: '' }));
}

/** A new record for a dispute, starting at the outcome the reader is on. */
export function createRecord(input: SaveInput, random?: () => number): CaseRecord {
  return {
    id: newId('r', random),
    name: input.name.trim().slice(0, LIMITS.name),
    created: input.today,
    outcome: input.outcome,
    answers: input.answers,
    letter: clipLetter(input.letter).letter,
    evidence: [...(input.evidence ?? [])],
    steps: dateSteps(input, [], random),
    resolved: false,
  };
}

/**
 * Moves an existing record to the outcome the reader is on now: new answers, letter
 * fields typed here fill or replace the saved ones; steps and ticks are kept, and dates
 * and ticks entered here are added. Moving to another rung is itself a step (dated
 * today), so the timeline shows the climb and the advice to climb stops.
 */
export function updateRecord(record: CaseRecord, input: SaveInput, random?: () => number): CaseRecord {
  const letter = { ...record.letter };
  for (const [k, v] of Object.entries(clipLetter(input.letter).letter)) if (v?.trim()) letter[k as keyof Fields] = v;
  const moved =
    input.outcome === record.outcome
      ? record.steps
      : [...record.steps, { id: newId('s', random), date: input.today, rung: input.outcome, event: 'other' as const, ref: '', note: '' }];
  const steps = [...moved, ...dateSteps(input, record.steps, random)];
  const evidence = [...record.evidence, ...(input.evidence ?? []).filter((e) => !record.evidence.includes(e))];
  return { ...record, outcome: input.outcome, answers: input.answers.length ? input.answers : record.answers, letter, evidence, steps };
}
