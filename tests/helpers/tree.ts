import { checkContentDir } from '../../src/lib/content/check';
import { entryId, loadContent } from '../../src/lib/content/load';
import { buildTree, type Tree } from '../../src/lib/tree/types';
import { outcomeSchema, questionSchema, schemas } from '../../src/schemas';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The real decision tree, checked as the build checks it and assembled as src/data/tree.ts
 * assembles it from the collections: questions in the order of questions.yaml, outcomes by id.
 */
export function realTree(): Tree {
  const problems = checkContentDir(ROOT, schemas);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  const { entries } = loadContent(ROOT, ['questions', 'outcomes']);
  return buildTree(
    entries.filter((e) => e.kind === 'questions').map((e) => questionSchema.parse(e.data)),
    entries
      .filter((e) => e.kind === 'outcomes')
      .map((e) => {
        const d = outcomeSchema.parse(e.data);
        return { id: entryId(e), title: d.title, branch: d.branch };
      }),
  );
}
