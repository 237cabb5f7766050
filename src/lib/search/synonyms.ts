import type { Problem, SchemaLike } from '../content/types';

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/** Synonym groups as the search island gets them: lower-case words, one list per group. */
export type SynonymIndex = readonly (readonly string[])[];

export interface SourceGroup {
  /** 1-based line of the group in the file. */
  line: number;
  data: unknown;
}

/**
 * Checks synonym groups: each against the schema (no empty group, no empty word), and no
 * word in two groups or twice in one. Messages name the group and its line.
 */
export function checkSynonyms(groups: readonly SourceGroup[], schema: SchemaLike, file = SYNONYMS_FILE): { problems: Problem[]; index: SynonymIndex } {
  const problems: Problem[] = [];
  const index: string[][] = [];
  const seen = new Map<string, number>();
  groups.forEach((g, i) => {
    const where = `group ${i + 1} (line ${g.line})`;
    const result = schema.safeParse(g.data);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file, message: `${where}: ${issue.path.length ? `word ${Number(issue.path[0]) + 1} ` : ''}${issue.message}` });
      return;
    }
    const words = (result.data as string[]).map((w) => w.toLowerCase());
    for (const w of words) {
      const other = seen.get(w);
      if (other === i + 1) problems.push({ file, message: `${where}: "${w}" appears twice` });
      else if (other !== undefined) problems.push({ file, message: `${where}: "${w}" is also in group ${other} (a word may be in one group only)` });
      else seen.set(w, i + 1);
    }
    index.push(words);
  });
  return { problems, index };
}

/**
 * The other words of each group the query uses: 健身房倒闭了 → [[跑路, 关门, …]].
 * Only groups the query touches, so a query without synonyms searches nothing more.
 */
export function expansions(query: string, groups: SynonymIndex): string[][] {
  const q = query.toLowerCase();
  return groups
    .filter((g) => g.some((w) => q.includes(w)))
    .map((g) => g.filter((w) => !q.includes(w)))
    .filter((g) => g.length > 0);
}
