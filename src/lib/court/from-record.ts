import type { Fields } from '../letters/fields';
import { answerLines } from '../letters/render';
import { rungOf, type Ladder } from '../ladder';
import { timeline } from '../notebook/due';
import type { CaseRecord } from '../notebook/schema';
import { position } from '../tree/position';
import type { Tree, TreeSituation } from '../tree/types';
import type { Answer } from '../tree/walk';
import type { ComplaintInput, CourtWords } from './complaint';

/**
 * What the court documents are built from, taken from where the reader gave it: the outcome
 * page's answers and letter fields, or a notebook record. Pure; nothing is added that the
 * reader did not give (a step's kind and rung are words for what they recorded).
 */

/**
 * Goods or a service, from the reader's situation (its `bought`, content/situations): for a
 * service the complaint says to adapt the 买卖合同 template (facts.md, "Added 2026-12-04" §14).
 * The reader can change it; without a situation it starts as goods.
 */
export const kindOf = (situation: TreeSituation | undefined): ComplaintInput['kind'] => (situation?.service ? 'service' : 'goods');

/** What the outcome page's toolkit holds: the letter fields, the letter's facts, the ticked evidence. */
export interface OutcomeSource {
  fields: Fields;
  facts: readonly string[];
  evidence: readonly string[];
  /** The reader's situation's card, from the tree (undefined when the answers name none). */
  situation: TreeSituation | undefined;
  today: string;
}

export function fromOutcome(s: OutcomeSource): ComplaintInput {
  return { fields: { ...s.fields }, facts: [...s.facts], steps: [], evidence: [...s.evidence], kind: kindOf(s.situation), today: s.today };
}

/**
 * The letter's facts for answers that lead to `at`, as the toolkit builds them: each answer's
 * fact, then the situation's (its own fields stay blanks: the notebook does not keep them).
 */
export function answerFacts(tree: Tree | null, answers: readonly Answer[], at: string): { facts: string[]; situation: string | undefined } {
  const where = tree ? position(tree, answers, at) : null;
  if (!tree || !where?.ok) return { facts: [], situation: undefined };
  const { facts, situation } = answerLines(where.before, tree.situations, {});
  return { facts, situation };
}

/**
 * A notebook record as the generator's input: its letter fields, the facts of its answers
 * (with the tree; none without it), its steps oldest first with their reference numbers and
 * notes, and the evidence it ticked.
 */
export function fromRecord(record: CaseRecord, ladder: Ladder, tree: Tree | null, w: Pick<CourtWords, 'events' | 'stepWhat'>, today: string): ComplaintInput {
  const { facts, situation } = answerFacts(tree, record.answers, record.outcome);
  return {
    fields: { ...record.letter },
    facts,
    steps: timeline(record.steps).map((s) => ({
      date: s.date,
      what: w.stepWhat(w.events[s.event], rungOf(ladder, s.rung)?.name ?? s.rung),
      ref: s.ref.trim(),
      note: s.note.trim(),
    })),
    evidence: [...record.evidence],
    kind: kindOf(situation === undefined ? undefined : tree?.situations?.[situation]),
    today,
  };
}
