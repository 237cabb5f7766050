import type { Fields } from '../letters/fields';
import type { Answer } from '../tree/walk';
import { newId, type CaseRecord } from './schema';

export interface SaveInput {
  outcome: string;
  answers: Answer[];
  letter: Fields;
  name: string;
  today: string;
}

/** A new record for a dispute, starting at the outcome the reader is on. */
export function createRecord(input: SaveInput, random?: () => number): CaseRecord {
  return {
    id: newId('r', random),
    name: input.name.trim().slice(0, 100),
    created: input.today,
    outcome: input.outcome,
    answers: input.answers,
    letter: input.letter,
    evidence: [],
    steps: [],
    resolved: false,
  };
}

/**
 * Moves an existing record to the outcome the reader is on now: new answers, letter
 * fields typed here fill or replace the saved ones; steps and ticks are kept. Moving to
 * another rung is itself a step (dated today), so the timeline shows the climb and the
 * advice to climb stops.
 */
export function updateRecord(record: CaseRecord, input: SaveInput, random?: () => number): CaseRecord {
  const letter = { ...record.letter };
  for (const [k, v] of Object.entries(input.letter)) if (v?.trim()) letter[k as keyof Fields] = v;
  const steps = input.outcome === record.outcome ? record.steps : [...record.steps, { id: newId('s', random), date: input.today, rung: input.outcome, event: 'other' as const, ref: '', note: '' }];
  return { ...record, outcome: input.outcome, answers: input.answers.length ? input.answers : record.answers, letter, steps };
}
