import { hasOwn } from '../compat';
import { position } from '../tree/position';
import type { Tree } from '../tree/types';
import { replay, type Answer } from '../tree/walk';

export interface Target {
  /** The outcome the record is saved under. */
  outcome: string;
  /** The answers that lead there (none when they fit nowhere). */
  answers: Answer[];
  /** The answers lead to another outcome than the page's: the save button says so. */
  moved: boolean;
}

/**
 * Where a record belongs: the outcome its answers lead to, found as the quiz finds it
 * (position(), the same tree). A page opened with answers that lead elsewhere (an old
 * link, an edited address) must not give a scam record consumer advice.
 */
export function saveTarget(tree: Tree, answers: readonly Answer[], page: string): Target {
  const pos = position(tree, answers, page);
  if (pos.ok) return { outcome: page, answers: pos.before.map((s) => ({ question: s.question.id, option: s.option.id })), moved: false };
  const walked = replay(tree, answers);
  if (walked.ok && hasOwn(tree.outcomes, walked.at)) return { outcome: walked.at, answers: [...answers], moved: walked.at !== page };
  return { outcome: page, answers: [], moved: false };
}
