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
/** The answer means the reader's 12315 complaint was accepted and handled: 消协 is no longer the next step. */
export const COMPLAINT_ACCEPTED = 'complaint-accepted';

export function buildTree(questions: TreeQuestion[], outcomes: TreeOutcome[]): Tree {
  if (questions.length === 0) throw new Error('The tree has no questions.');
  return {
    start: questions[0]!.id,
    questions: Object.fromEntries(questions.map((q) => [q.id, q])),
    outcomes: Object.fromEntries(outcomes.map((o) => [o.id, o])),
  };
}

export function isQuestion(tree: Tree, id: string): boolean {
  return Object.hasOwn(tree.questions, id);
}

export function isOutcome(tree: Tree, id: string): boolean {
  return Object.hasOwn(tree.outcomes, id);
}
