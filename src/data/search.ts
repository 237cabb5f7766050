import { getCollection, getEntry } from 'astro:content';
import { getGuide } from './guide';
import { chapterUrl, outcomeUrl } from '../lib/urls';
import { answerMap, type AnswerMap } from '../lib/search/answers';
import type { AliasIndex } from '../lib/search/aliases';
import type { SynonymIndex } from '../lib/search/synonyms';

/** content/search/urgent.yaml: the outcome for money that has just gone, its signals, the channels to call. */
async function getUrgent(): Promise<{ url: string; signals: string[]; call: string[] }> {
  const entry = await getEntry('urgent', 'urgent');
  if (!entry) throw new Error('content/search/urgent.yaml is missing');
  return { url: outcomeUrl(entry.data.outcome), signals: entry.data.signals, call: entry.data.call };
}

/** The best-answer map: quiz outcomes first, then guide chapters, from their askedAs and channels; and the urgent page. */
export async function getAnswerMap(): Promise<AnswerMap> {
  const [outcomes, chapters, channels, urgent] = await Promise.all([getCollection('outcomes'), getGuide(), getCollection('channels'), getUrgent()]);
  return answerMap(
    [
      ...outcomes.map((o) => ({
        url: outcomeUrl(o.id),
        title: o.data.title,
        line: o.data.summary,
        ...(o.data.branch === 'fraud' ? { fraud: true as const } : {}),
        askedAs: o.data.askedAs ?? [],
        channels: o.data.channels,
      })),
      ...chapters.map((c) => ({ url: chapterUrl(c.id), title: c.data.title, line: c.data.summary, askedAs: c.data.askedAs ?? [] })),
    ],
    channels.map((c) => c.data),
    urgent,
  );
}

/** Entries whose id is their place in the file, in that order (Astro's store keeps no order). */
const inFileOrder = <T extends { id: string }>(entries: T[]): T[] => entries.sort((a, b) => Number(a.id) - Number(b.id));

/** Aliases from content/search/aliases.yaml, in file order. */
export async function getAliases(): Promise<AliasIndex> {
  return inFileOrder(await getCollection('aliases')).map((e) => [e.data.alias, e.data.word] as const);
}

/** Synonym groups from content/search/synonyms.yaml, in file order. */
export async function getSynonyms(): Promise<SynonymIndex> {
  return inFileOrder(await getCollection('synonyms')).map((e) => e.data.words);
}

/** How many pages the index holds (every page kind marked data-pagefind-body): sets how rare a word is. */
export async function getIndexedPageCount(): Promise<number> {
  const kinds = await Promise.all((['outcomes', 'guide', 'cases', 'situations'] as const).map((k) => getCollection(k)));
  return kinds.reduce((n, list) => n + list.length, 0);
}
