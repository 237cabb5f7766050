import { getTree } from './tree';
import type { Link } from './types';
import { mapOrder } from '../lib/tree/map';
import { pageTree, type Tree } from '../lib/tree/types';
import { nodePath } from '../lib/tree/urls';
import { outcomeUrl, questionUrl } from '../lib/urls';

/** What a question page renders: its title and the quiz's props (this page's part of the tree). */
export interface QuestionPage {
  title: string;
  page: Tree;
  at: string;
}

/** One static page per question: /check/q/<id>/. */
export async function questionPaths(): Promise<{ params: { id: string }; props: QuestionPage }[]> {
  const tree = await getTree();
  return Object.values(tree.questions).map((q) => ({ params: { id: q.id }, props: { title: q.question, page: pageTree(tree, q.id), at: q.id } }));
}

/** Where the quiz's start button goes: the first question's page. */
export async function quizStart(): Promise<string> {
  const tree = await getTree();
  return nodePath(tree, tree.start);
}

/** The whole tree for review at /check/map/: questions in map order with where each answer leads, then every outcome. */
export interface QuizMap {
  /** `anchor` is the id of the question's item: an answer leading to another question links there. */
  questions: (Link & { anchor: string; options: { label: string; outcome: Link | undefined; question: Link }[] })[];
  outcomes: (Link & { fraud: boolean })[];
}

const anchor = (id: string): string => `q-${id}`;

export async function quizMap(): Promise<QuizMap> {
  const tree = await getTree();
  return {
    questions: mapOrder(tree).map((id) => {
      const question = tree.questions[id]!;
      return {
        anchor: anchor(id),
        url: questionUrl(id),
        title: question.question,
        options: question.options.map((o) => {
          const outcome = tree.outcomes[o.next];
          return {
            label: o.label,
            outcome: outcome && { url: outcomeUrl(outcome.id), title: outcome.title },
            question: { url: `#${anchor(o.next)}`, title: tree.questions[o.next]?.question ?? '' },
          };
        }),
      };
    }),
    outcomes: Object.values(tree.outcomes).map((o) => ({ url: outcomeUrl(o.id), title: o.title, fraud: o.branch === 'fraud' })),
  };
}
