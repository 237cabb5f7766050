import { getCollection } from 'astro:content';
import { getGuide } from './guide';
import { chapterUrl, outcomeUrl } from '../lib/urls';
import { answerMap, type AnswerMap } from '../lib/search/answers';
import { readAliases, readSynonyms } from '../lib/search/synonyms-file';
import type { AliasIndex } from '../lib/search/aliases';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SynonymIndex } from '../lib/search/synonyms';
import { synonymGroupSchema } from '../schemas/synonyms';

/** content/search/urgent.yaml: the outcome for money that has just gone, its signals, the channels to call. */
function readUrgent(): { url: string; signals: string[]; call: string[] } {
  const file = 'content/search/urgent.yaml';
  const data = parse(readFileSync(join(process.cwd(), file), 'utf8')) as { outcome?: unknown; signals?: unknown; call?: unknown };
  const list = (v: unknown) => (Array.isArray(v) && v.length > 0 ? v.map(String) : null);
  const signals = list(data?.signals);
  const call = list(data?.call);
  if (typeof data?.outcome !== 'string' || !signals || !call) throw new Error(`${file}: needs outcome (an outcome id), signals and call (lists)`);
  return { url: outcomeUrl(data.outcome), signals, call };
}

/** The best-answer map: quiz outcomes first, then guide chapters, from their askedAs and channels; and the urgent page. */
export async function getAnswerMap(): Promise<AnswerMap> {
  const [outcomes, chapters, channels] = await Promise.all([getCollection('outcomes'), getGuide(), getCollection('channels')]);
  return answerMap(
    [
      ...outcomes.map((o) => ({ url: outcomeUrl(o.id), title: o.data.title, line: o.data.summary, ...(o.data.branch === 'fraud' ? { fraud: true as const } : {}), askedAs: o.data.askedAs ?? [], channels: o.data.channels })),
      ...chapters.map((c) => ({ url: chapterUrl(c.id), title: c.data.title, line: c.data.summary, askedAs: c.data.askedAs ?? [] })),
    ],
    channels.map((c) => c.data),
    readUrgent(),
  );
}

/** Aliases from content/search/aliases.yaml (already checked at build start). */
export function getAliases(): AliasIndex {
  return readAliases(process.cwd()).index;
}

/** Synonym groups from content/search/synonyms.yaml (already checked at build start). Astro builds from the project root. */
export function getSynonyms(): SynonymIndex {
  return readSynonyms(process.cwd(), synonymGroupSchema).index;
}

/** How many pages the index holds (every page kind marked data-pagefind-body): sets how rare a word is. */
export async function getIndexedPageCount(): Promise<number> {
  const kinds = await Promise.all((['outcomes', 'guide', 'cases', 'situations'] as const).map((k) => getCollection(k)));
  return kinds.reduce((n, list) => n + list.length, 0);
}
