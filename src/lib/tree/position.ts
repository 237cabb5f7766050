import type { Tree } from './types';
import { replay, type Answer, type Step } from './walk';

/**
 * Where the reader stands on the page of node `at`, given the answers in the fragment.
 * `before` are the answers that led here (shown as 你的回答); `selected` is this
 * question's earlier answer when the reader came back to it. Answers that do not lead
 * through `at` are garbled: the quiz restarts with a notice.
 */
export type Position = { ok: true; before: Step[]; selected: string | undefined } | { ok: false };

export function position(tree: Tree, answers: readonly Answer[], at: string): Position {
  const result = replay(tree, answers);
  if (!result.ok) return { ok: false };
  // Nodes visited: the start, then where each answer led.
  const visited = [tree.start, ...result.steps.map((s) => s.option.next)];
  const index = visited.indexOf(at);
  if (index === -1) {
    // A page reached without answers (a direct link, or from a page without JavaScript).
    return answers.length === 0 ? { ok: true, before: [], selected: undefined } : { ok: false };
  }
  return { ok: true, before: result.steps.slice(0, index), selected: result.steps[index]?.option.id };
}
