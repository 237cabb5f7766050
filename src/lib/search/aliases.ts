import type { Problem } from '../content/types';

export const ALIASES_FILE = 'content/search/aliases.yaml';

/** [alias, the site's word], lower case: pdd → 拼多多. */
export type AliasIndex = readonly (readonly [string, string])[];

const LATIN = /^[a-z0-9]+$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rewrites nicknames and abbreviations to the site's word before anything is searched
 * (pdd不退款 → 拼多多不退款). A Latin alias matches a whole Latin word only, so tb is
 * found in "tb退款" but not in "usdt"; a Chinese alias matches anywhere.
 */
export function applyAliases(query: string, aliases: AliasIndex): string {
  let text = query;
  for (const [alias, word] of [...aliases].sort((a, b) => b[0].length - a[0].length)) {
    text = LATIN.test(alias) ? text.replace(new RegExp(`(?<![a-z0-9])${escapeRegExp(alias)}(?![a-z0-9])`, 'g'), word) : text.split(alias).join(word);
  }
  return text;
}

export interface AliasEntry {
  line: number;
  word: unknown;
  aliases: unknown;
}

/**
 * Checks alias entries: a word with a list of aliases, no alias empty, twice, under two
 * words or equal to a site word (it would be rewritten into itself). Messages name the line.
 */
export function checkAliases(entries: readonly AliasEntry[], file = ALIASES_FILE): { problems: Problem[]; index: [string, string][] } {
  const problems: Problem[] = [];
  const index: [string, string][] = [];
  const words = new Set(entries.map((e) => String(e.word).trim().toLowerCase()));
  const seen = new Map<string, string>();
  for (const e of entries) {
    const word = String(e.word).trim().toLowerCase();
    const where = `line ${e.line} (${word})`;
    if (!word) problems.push({ file, message: `${where}: the word is empty` });
    if (!Array.isArray(e.aliases) || e.aliases.length === 0) {
      problems.push({ file, message: `${where}: needs a list of aliases, e.g. 拼多多: [pdd, 拼夕夕]` });
      continue;
    }
    for (const raw of e.aliases) {
      const alias = String(raw).trim().toLowerCase();
      if (!alias) problems.push({ file, message: `${where}: has an empty alias` });
      else if (words.has(alias)) problems.push({ file, message: `${where}: "${alias}" is a word of its own line, not an alias` });
      else if (seen.has(alias)) problems.push({ file, message: `${where}: "${alias}" is already an alias of ${seen.get(alias)}` });
      else {
        seen.set(alias, word);
        index.push([alias, word]);
      }
    }
  }
  return { problems, index };
}
