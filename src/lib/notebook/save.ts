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
 * fields typed here fill or replace the saved ones; steps and ticks are kept.
 */
export function updateRecord(record: CaseRecord, input: SaveInput): CaseRecord {
  const letter = { ...record.letter };
  for (const [k, v] of Object.entries(input.letter)) if (v?.trim()) letter[k as keyof Fields] = v;
  return { ...record, outcome: input.outcome, answers: input.answers.length ? input.answers : record.answers, letter };
}
