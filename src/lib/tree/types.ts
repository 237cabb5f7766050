/** The decision tree as the quiz uses it: routing only, words kept in content/. */
export interface TreeOption {
  id: string;
  label: string;
  next: string;
  flags: string[];
  fact?: string | undefined;
}

export interface TreeQuestion {
  id: string;
  question: string;
  hint?: string;
  options: TreeOption[];
}

export interface TreeOutcome {
  id: string;
  title: string;
  branch: 'consumer' | 'fraud';
}

export interface Tree {
  /** Id of the first question. */
  start: string;
  questions: Record<string, TreeQuestion>;
  outcomes: Record<string, TreeOutcome>;
}

export const SCAM_SIGNAL = 'scam-signal';

export function buildTree(questions: TreeQuestion[], outcomes: TreeOutcome[]): Tree {
  if (questions.length === 0) throw new Error('The tree has no questions.');
  return {
    start: questions[0]!.id,
    questions: Object.fromEntries(questions.map((q) => [q.id, q])),
    outcomes: Object.fromEntries(outcomes.map((o) => [o.id, o])),
  };
}

/** The tree without its words: enough to check answers (the toolkit's copy, kept small). */
export function routeOnly(tree: Tree): Tree {
  const questions = Object.values(tree.questions).map((q) => [q.id, { id: q.id, question: '', options: q.options.map((o) => ({ id: o.id, label: '', next: o.next, flags: [] })) }]);
  const outcomes = Object.values(tree.outcomes).map((o) => [o.id, { id: o.id, title: '', branch: o.branch }]);
  return { start: tree.start, questions: Object.fromEntries(questions), outcomes: Object.fromEntries(outcomes) };
}

export function isQuestion(tree: Tree, id: string): boolean {
  return Object.hasOwn(tree.questions, id);
}

export function isOutcome(tree: Tree, id: string): boolean {
  return Object.hasOwn(tree.outcomes, id);
}
