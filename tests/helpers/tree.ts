import { checkContentDir } from '../../src/lib/content/check';
import { readTree } from '../../src/lib/content/tree';
import type { Tree } from '../../src/lib/tree/types';
import { schemas } from '../../src/schemas';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real decision tree, checked and assembled exactly as the build does it. */
export function realTree(): Tree {
  const problems = checkContentDir(ROOT, schemas);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  return readTree(ROOT, schemas);
}
