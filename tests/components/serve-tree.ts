import { vi } from 'vitest';
import { resetTree, TREE_URL } from '../../src/lib/tree/load';
import type { Tree } from '../../src/lib/tree/types';

/** Answers the islands' fetch of the tree with `tree` (or a failure: null); returns the mock to count calls. */
export function serveTree(tree: Tree | null) {
  resetTree();
  const fetch = vi.fn(async (url: string) => {
    if (url !== TREE_URL || tree === null) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify(tree), { headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
