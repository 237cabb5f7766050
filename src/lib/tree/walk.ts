import { hasOwn } from '../compat';
import type { Tree, TreeOption, TreeQuestion } from './types';

/** One answer: the question's id and the chosen option's id. */
export interface Answer {
  question: string;
  option: string;
}

export interface Step {
  question: TreeQuestion;
  option: TreeOption;
}

export type Replay =
  | { ok: true; steps: Step[] /** Where the answers lead: a question or an outcome id. */; at: string }
  | { ok: false; reason: 'wrong-order' | 'unknown-question' | 'unknown-option' | 'past-outcome'; index: number };

/** Replays answers from the start question; any answer that does not fit the tree fails. */
export function replay(tree: Tree, answers: readonly Answer[]): Replay {
  let at = tree.start;
  const steps: Step[] = [];
  for (const [index, answer] of answers.entries()) {
    const question = hasOwn(tree.questions, at) ? tree.questions[at] : undefined;
    if (!question) return { ok: false, reason: 'past-outcome', index };
    if (!hasOwn(tree.questions, answer.question)) return { ok: false, reason: 'unknown-question', index };
    if (answer.question !== at) return { ok: false, reason: 'wrong-order', index };
    const option = question.options.find((o) => o.id === answer.option);
    if (!option) return { ok: false, reason: 'unknown-option', index };
    steps.push({ question, option });
    at = option.next;
  }
  return { ok: true, steps, at };
}

/** Every complete path from the start to an outcome, as answers. The tree is acyclic (checked at build). */
export function allPaths(tree: Tree): { answers: Answer[]; outcome: string }[] {
  const paths: { answers: Answer[]; outcome: string }[] = [];
  const walk = (id: string, answers: Answer[]): void => {
    const q = tree.questions[id];
    if (!q) {
      paths.push({ answers, outcome: id });
      return;
    }
    for (const o of q.options) walk(o.next, [...answers, { question: q.id, option: o.id }]);
  };
  walk(tree.start, []);
  return paths;
}
