import { getCollection } from 'astro:content';
import { buildTree, type Tree } from '../lib/tree/types';

/** The decision tree for pages and the quiz island: questions in file order, outcome titles. */
export async function getTree(): Promise<Tree> {
  const questions = (await getCollection('questions')).map((e) => e.data);
  const outcomes = (await getCollection('outcomes')).map((e) => ({ id: e.id, title: e.data.title, branch: e.data.branch }));
  return buildTree(
    questions.map((q) => ({ id: q.id, question: q.question, hint: q.hint, options: q.options })),
    outcomes,
  );
}
