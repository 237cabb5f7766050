/** The decision tree as the quiz uses it: routing only, words kept in content/. */
export interface TreeOption {
  id: string;
  label: string;
  next: string;
  flags: string[];
  fact?: string | undefined;
  /** The reader's situation this answer tells (content/situations/<id>.mdx). */
  situation?: string | undefined;
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

/** Facts a situation adds to a letter: fields the reader fills in, a fact and a demand ({field} inserts a value). */
interface SituationLetter {
  fields: { id: string; label: string; hint?: string | undefined }[];
  fact?: string | undefined;
  demand?: string | undefined;
}

/**
 * A situation's card (你的情况) as the islands render it from /check/tree.json: no more
 * requests. `law` is the law's label (《…》第…条), `url` its situation page.
 */
export interface TreeSituation {
  title: string;
  url: string;
  right: string;
  law: string;
  channel: string;
  trap: string;
  branch: 'consumer' | 'fraud';
  /** What was bought is a service, not goods (the situation's `bought`; left out for goods). */
  service?: true;
  letter?: SituationLetter;
}

export interface Tree {
  /** Id of the first question. */
  start: string;
  questions: Record<string, TreeQuestion>;
  outcomes: Record<string, TreeOutcome>;
  /** Only in /check/tree.json: each situation's card, by id. Page trees leave it out. */
  situations?: Record<string, TreeSituation>;
}

export const SCAM_SIGNAL = 'scam-signal';
/** The answer means the reader's 12315 complaint was accepted and handled: 消协 is no longer the next step. */
export const COMPLAINT_ACCEPTED = 'complaint-accepted';

/**
 * The one place the tree is assembled: questions in file order (the first is the start),
 * outcomes in any order. Copies only what the quiz and the letters use, so a page that
 * serialises the tree (/check/tree.json, each page's pageTree) ships no stray fields.
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
          options: q.options.map((o) => ({
            id: o.id,
            label: o.label,
            next: o.next,
            flags: [...o.flags],
            ...(o.fact === undefined ? {} : { fact: o.fact }),
            ...(o.situation === undefined ? {} : { situation: o.situation }),
          })),
        },
      ]),
    ),
    outcomes: Object.fromEntries(outcomes.map((o) => [o.id, { id: o.id, title: o.title, branch: o.branch }])),
  };
}

/**
 * The part of the tree one quiz page renders by itself, at first paint and without
 * JavaScript: its own question (none on an outcome page) and stubs of the nodes its options
 * lead to, which give each link its address. The islands fetch the whole tree for the rest.
 */
export function pageTree(tree: Tree, at: string): Tree {
  const question = tree.questions[at];
  const ids = new Set([at, ...(question?.options.map((o) => o.next) ?? [])]);
  const questions: Tree['questions'] = {};
  const outcomes: Tree['outcomes'] = {};
  for (const id of ids) {
    // Its own question without the letter facts and flags: the page shows only words and links.
    if (id === at && question) questions[id] = { ...question, options: question.options.map((o) => ({ id: o.id, label: o.label, next: o.next, flags: [] })) };
    else if (tree.questions[id]) questions[id] = { id, question: '', options: [] };
    else if (tree.outcomes[id]) outcomes[id] = tree.outcomes[id]!;
  }
  return { start: tree.start, questions, outcomes };
}
