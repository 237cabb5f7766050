import { mergeRankings, queryTerms, stripStopWords, wholeQuery, type Ranked } from './terms';
import { expansions, type SynonymIndex } from './synonyms';

const CJK_PAIR = /^\p{Script=Han}{2}$/u;

/** Fewer results than this from the whole query, and the search asks word by word. */
export const ENOUGH = 3;
/**
 * At most this many synonyms are searched for a query: each is an index download (about
 * 2 KB), and a group of ten once cost a two-word query 38 KB.
 */
export const MAX_SYNONYMS = 2;

export interface StrategyOptions {
  stopWords: readonly string[];
  synonyms: SynonymIndex;
  segment?: Parameters<typeof queryTerms>[2];
  /** How many pages the index holds. */
  pages?: number;
}

/**
 * The search island's strategy, with the index behind `run` (Pagefind in the browser, a
 * stub in tests). The whole query first, which Pagefind answers with the pages that match
 * every word. A query of two words or more is also searched word by word, and the pages are
 * ranked by weighRankings: a word that few pages have (消费者协会, 翡翠) counts more than one
 * that most pages have (退钱, 商家), and a page that is about a word (its title, its askedAs)
 * more than one that mentions it once. When the whole query finds fewer than ENOUGH pages,
 * synonyms of its words are searched too (at most MAX_SYNONYMS). Every word is one small
 * index download, most of them the whole query's own.
 */
export async function searchStrategy<T>(query: string, run: (q: string) => Promise<Ranked<T>[]>, options: StrategyOptions): Promise<Ranked<T>[]> {
  const whole = stripStopWords(query, options.stopWords);
  if (!whole) return [];
  const first = await run(wholeQuery(query, options.stopWords, options.synonyms.flat(), options.segment) || whole);
  const terms = queryTerms(query, options.stopWords, options.segment);
  const words =
    terms.length > 1
      ? await Promise.all(
          terms.map(async (t) => {
            const found = await run(t);
            // A pair of characters that is no word (拒决, a typo of 拒绝) counts by its characters, which the whole query already fetched.
            return found.length || [...t].length !== 2 || !CJK_PAIR.test(t) ? found : mergeRankings(await Promise.all([...t].map(run)));
          }),
        )
      : [];
  // Synonyms when the query finds too little, or one of its words finds nothing (唯品会 is on no page: 网购 is).
  let budget = first.length < ENOUGH || words.some((w) => w.length === 0) ? MAX_SYNONYMS : 0;
  const extra = expansions(whole, options.synonyms)
    .map((group) => {
      const kept = group.slice(0, Math.max(0, budget));
      budget -= kept.length;
      return kept;
    })
    .filter((g) => g.length > 0);
  if (terms.length + extra.length < 2) return first.length || terms.length !== 1 || terms[0] === whole ? first : run(terms[0]!);
  // A synonym group counts once, however many of its words match.
  const synonyms = await Promise.all(extra.map(async (group) => mergeRankings(await Promise.all(group.map(run)))));
  return weighRankings(first, words.length ? words : [first], synonyms, options.pages ?? PAGES);
}

/** How much matching the whole query adds, against each word's own list. */
const WHOLE = 0.5;

/** The number of indexed pages when the page does not say (it sets how rare a word is). */
const PAGES = 100;

/**
 * Ranks pages by the words they match. Each list adds, to each page in it, the page's score
 * relative to the list's best (how much the page is about the word: Pagefind weighs titles
 * and askedAs above body text) times how rare the word is (log(1 + pages / pages with it)).
 * Pages that match the whole query get that list too, as a bonus; synonyms count half.
 */
export function weighRankings<T>(whole: Ranked<T>[], words: Ranked<T>[][], synonyms: Ranked<T>[][], pages: number): Ranked<T>[] {
  const total = new Map<string, Ranked<T>>();
  const add = (list: Ranked<T>[], factor: number) => {
    if (!list.length) return;
    const best = Math.max(...list.map((r) => r.score)) || 1;
    const rare = factor * Math.log(1 + pages / list.length);
    for (const r of list) {
      const t = total.get(r.id) ?? { id: r.id, score: 0, item: r.item };
      t.score += (rare * r.score) / best;
      total.set(r.id, t);
    }
  };
  add(whole, WHOLE);
  for (const list of words) add(list, 1);
  for (const list of synonyms) add(list, 0.5);
  return [...total.values()].sort((a, b) => b.score - a.score);
}
