import { hasOwn } from '../compat';
import { formatFragment } from './fragment';
import type { Tree } from './types';
import type { Answer } from './walk';
import { outcomeUrl, questionUrl } from '../urls';

/** Static page of a node: every question and every outcome has its own page. */
export function nodePath(tree: Tree, id: string): string {
  return hasOwn(tree.outcomes, id) ? outcomeUrl(id) : questionUrl(id);
}

export function nodeHref(tree: Tree, id: string, answers: readonly Answer[]): string {
  return nodePath(tree, id) + formatFragment(answers);
}

/** The node a quiz URL path names, or null (the inverse of questionUrl and outcomeUrl). */
export function nodeFromPath(path: string): string | null {
  const m = /^\/check\/(?:q|result)\/([a-z0-9-]+)\/?$/.exec(path);
  return m ? m[1]! : null;
}
