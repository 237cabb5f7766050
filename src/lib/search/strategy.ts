import { mergeRankings, queryTerms, stripStopWords, type Ranked } from './terms';
import { expansions, type SynonymIndex } from './synonyms';

/** Fewer results than this from the whole query, and the search asks word by word. */
export const ENOUGH = 3;

export interface StrategyOptions {
  stopWords: readonly string[];
  synonyms: SynonymIndex;
  segment?: Parameters<typeof queryTerms>[2];
}

/**
 * The search island's strategy, with the index behind `run` (Pagefind in the browser, a
 * stub in tests). First the whole query, which Pagefind answers with pages that match
 * every word. When that finds fewer than ENOUGH pages, each word, and each synonym of a
 * word the query contains, is searched alone and the rankings are merged: pages matching
 * more of them first. The whole query's pages stay on top. Words all come from the same
 * small index, so the second round downloads nothing new.
 */
export async function searchStrategy<T>(query: string, run: (q: string) => Promise<Ranked<T>[]>, options: StrategyOptions): Promise<Ranked<T>[]> {
  const whole = stripStopWords(query, options.stopWords);
  if (!whole) return [];
  const first = await run(whole);
  const terms = queryTerms(query, options.stopWords, options.segment);
  const extra = expansions(whole, options.synonyms);
  if (first.length >= ENOUGH || terms.length + extra.length < 2) return first;
  const lists = await Promise.all([
    ...terms.map(run),
    // A synonym group counts once, however many of its words match.
    ...extra.map(async (group) => mergeRankings(await Promise.all(group.map(run))).map((r) => ({ ...r, score: r.score / group.length }))),
  ]);
  const seen = new Set(first.map((r) => r.id));
  return [...first, ...mergeRankings(lists).filter((r) => !seen.has(r.id))];
}
