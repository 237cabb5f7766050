import { getCollection } from 'astro:content';
import { questionOrder } from '../lib/content/load';
import { buildTree, type Tree } from '../lib/tree/types';

// Collections come back sorted by id; the tree's order (its first question is the start)
// is the order of content/tree/questions.yaml, so read that order from the file. Astro
// builds from the project root.
async function questions() {
  const order = questionOrder(process.cwd());
  return (await getCollection('questions')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** The decision tree for pages and the quiz island: routing and labels only. */
export async function getTree(): Promise<Tree> {
  const outcomes = (await getCollection('outcomes')).map((e) => ({ id: e.id, title: e.data.title, branch: e.data.branch }));
  return buildTree(
    (await questions()).map((q) => ({ id: q.id, question: q.question, hint: q.hint, options: q.options.map(({ id, label, next, flags }) => ({ id, label, next, flags })) })),
    outcomes,
  );
}

/** How each answer reads in a letter, keyed "question=option" as in the URL fragment. */
export async function getAnswerFacts(): Promise<Record<string, string>> {
  const facts: Record<string, string> = {};
  for (const q of await questions()) for (const o of q.options) if (o.fact) facts[`${q.id}=${o.id}`] = o.fact;
  return facts;
}
