import { buildTree, type Tree, type TreeOutcome, type TreeQuestion } from '../tree/types';
import { loadContent } from './load';
import type { SchemaLike, SourceEntry } from './types';

interface TreeSchemas {
  questions: SchemaLike;
  outcomes: SchemaLike;
}

/**
 * The decision tree from content entries as read from disk: questions in the order of
 * questions.yaml, outcomes by file name (or slug). Entries that fail their schema are the
 * content check's to report; here they stop the build with the file named.
 */
function treeFromEntries(entries: readonly SourceEntry[], schemas: TreeSchemas): Tree {
  const questions: TreeQuestion[] = [];
  const outcomes: TreeOutcome[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'questions' && entry.kind !== 'outcomes') continue;
    const result = schemas[entry.kind].safeParse(entry.data);
    if (!result.success) throw new Error(`${entry.file}: does not match its schema; run the content check (npm run build) for details`);
    if (entry.kind === 'questions') {
      questions.push(result.data as TreeQuestion);
    } else {
      const data = result.data as { title: string; branch: TreeOutcome['branch'] };
      // Astro's glob loader lets a `slug` in the frontmatter replace the file name as the id.
      const slug = (entry.data as { slug?: unknown }).slug;
      outcomes.push({ id: typeof slug === 'string' ? slug : entry.fileId!, title: data.title, branch: data.branch });
    }
  }
  return buildTree(questions, outcomes);
}

/** Reads only the tree's files (questions.yaml and the outcomes) and assembles the tree. */
export function readTree(root: string, schemas: TreeSchemas): Tree {
  return treeFromEntries(loadContent(root, ['questions', 'outcomes']).entries, schemas);
}
