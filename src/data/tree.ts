import { getCollection } from 'astro:content';
import { buildTree, type Tree } from '../lib/tree/types';

let tree: Promise<Tree> | undefined;

/**
 * The decision tree for pages and islands, assembled once a build from the questions (in the
 * order of questions.yaml: the first is the start) and the outcomes collections.
 */
export function getTree(): Promise<Tree> {
  tree ??= (async () => {
    const [questions, outcomes] = await Promise.all([getCollection('questions'), getCollection('outcomes')]);
    return buildTree(
      questions.map((q) => q.data).sort((a, b) => a.position - b.position),
      outcomes.map((o) => ({ id: o.id, title: o.data.title, branch: o.data.branch })),
    );
  })();
  return tree;
}
