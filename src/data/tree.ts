import { getCollection } from 'astro:content';
import { questionOrder } from '../lib/content/load';
import { buildTree, type Tree } from '../lib/tree/types';

// Collections come back sorted by id; the tree's order (its first question is the start)
// is the order of content/tree/questions.yaml, so read that order from the file. Astro
// builds from the project root.

/** The decision tree for pages and the quiz island: questions in file order, outcome titles. */
export async function getTree(): Promise<Tree> {
  const order = questionOrder(process.cwd());
  const questions = (await getCollection('questions')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const outcomes = (await getCollection('outcomes')).map((e) => ({ id: e.id, title: e.data.title, branch: e.data.branch }));
  return buildTree(
    questions.map((q) => ({ id: q.id, question: q.question, hint: q.hint, options: q.options })),
    outcomes,
  );
}
