import { hasOwn } from '../compat';
import type { Tree } from './types';

/** Where the build serves the decision tree (src/pages/check/tree.json.ts); precached offline. */
export const TREE_URL = '/check/tree.json';

let pending: Promise<Tree | null> | null = null;

/**
 * The whole tree, fetched once per page and shared by every island that asks (browser
 * only). Null when it cannot be had (offline before any visit, a failed deploy): the
 * islands then keep working as the static page's plain links.
 */
export function loadTree(): Promise<Tree | null> {
  pending ??= fetch(TREE_URL)
    .then((r) => (r.ok ? r.json() : null))
    .then((t: unknown) => (isTree(t) ? t : null))
    .catch(() => null);
  return pending;
}

function isTree(t: unknown): t is Tree {
  if (typeof t !== 'object' || t === null) return false;
  const { start, questions, outcomes } = t as Record<string, unknown>;
  return (
    typeof start === 'string' &&
    typeof questions === 'object' &&
    questions !== null &&
    typeof outcomes === 'object' &&
    outcomes !== null &&
    hasOwn(questions, start)
  );
}

/** Forgets the shared fetch, for tests that serve a different tree. */
export function resetTree(): void {
  pending = null;
}
