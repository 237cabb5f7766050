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

/**
 * The one place the tree is assembled: questions in file order (the first is the start),
 * outcomes in any order. Copies only what the quiz and the letters use, so a page that
 * serialises the tree for an island ships no stray fields.
 */
export function buildTree(questions: readonly TreeQuestion[], outcomes: readonly TreeOutcome[]): Tree {
  if (questions.length === 0) throw new Error('The tree has no questions.');
  return {
    start: questions[0]!.id,
    questions: Object.fromEntries(
      questions.map((q) => [
        q.id,
        {
          id: q.id,
          question: q.question,
          ...(q.hint === undefined ? {} : { hint: q.hint }),
          options: q.options.map((o) => ({ id: o.id, label: o.label, next: o.next, flags: [...o.flags], ...(o.fact === undefined ? {} : { fact: o.fact }) })),
        },
      ]),
    ),
    outcomes: Object.fromEntries(outcomes.map((o) => [o.id, { id: o.id, title: o.title, branch: o.branch }])),
  };
}

/** The tree without its words: enough to check answers (the toolkit's copy, kept small). */
export function routeOnly(tree: Tree): Tree {
  const questions = Object.values(tree.questions).map((q) => [q.id, { id: q.id, question: '', options: q.options.map((o) => ({ id: o.id, label: '', next: o.next, flags: [] })) }]);
  const outcomes = Object.values(tree.outcomes).map((o) => [o.id, { id: o.id, title: '', branch: o.branch }]);
  return { start: tree.start, questions: Object.fromEntries(questions), outcomes: Object.fromEntries(outcomes) };
}

/** How each answer reads in a letter, keyed "question=option" as in the URL fragment. */
export function answerFacts(tree: Tree): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const q of Object.values(tree.questions)) for (const o of q.options) if (o.fact) facts[`${q.id}=${o.id}`] = o.fact;
  return facts;
}
