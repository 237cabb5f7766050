import { checkContentDir } from '../../src/lib/content/check';
import { loadContent } from '../../src/lib/content/load';
import { buildTree, type Tree } from '../../src/lib/tree/types';
import { schemas } from '../../src/schemas';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real decision tree, read from content/ the way the build reads it. */
export function realTree(): Tree {
  const problems = checkContentDir(ROOT, schemas);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const { entries } = loadContent(ROOT);
  const questions = entries.filter((e) => e.kind === 'questions').map((e) => schemas.questions.safeParse(e.data)).map((r) => (r.success ? r.data : null)) as never[];
  const outcomes = entries
    .filter((e) => e.kind === 'outcomes')
    .map((e) => {
      const r = schemas.outcomes.safeParse(e.data);
      const d = (r.success ? r.data : {}) as { title: string; branch: 'consumer' | 'fraud' };
      return { id: e.fileId!, title: d.title, branch: d.branch };
    });
  return buildTree(questions, outcomes);
}
