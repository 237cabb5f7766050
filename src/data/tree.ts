import { readTree } from '../lib/content/tree';
import type { Tree } from '../lib/tree/types';
import { schemas } from '../schemas';

/**
 * The decision tree for pages and islands, assembled by the same function the content
 * check and the tests use, from the same files. Astro builds from the project root.
 */
export async function getTree(): Promise<Tree> {
  return readTree(process.cwd(), schemas);
}

