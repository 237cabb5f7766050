/**
 * The search island's logic, loaded on the first search rather than with the page: how a
 * query becomes what is searched, the strategy, the best answer and highlights. Keeping it
 * out of the page's own script holds the search page within the 12 KB JavaScript budget.
 */
import { queryTerms, searchedQuery, stripStopWords, type Ranked } from '../lib/search/terms';
import { searchStrategy } from '../lib/search/strategy';
import { answerFor, type Answer, type AnswerMap } from '../lib/search/answers';
import { highlight } from '../lib/search/highlight';
import type { SynonymIndex } from '../lib/search/synonyms';
import { applyAliases, type AliasIndex } from '../lib/search/aliases';
import { urgentSignal } from '../lib/search/urgent';

/** What the page ships beside the island as JSON (#search-data): made at build from content. */
export interface SearchData {
  answers: AnswerMap;
  synonyms: SynonymIndex;
  aliases: AliasIndex;
  /** Words a pasted complaint is padded with (您好, 请问): never its key words. */
  filler: string[];
  /** How many pages the index holds. */
  pages: number;
}

let data: (SearchData & { vocabulary: string; strong: string[] }) | undefined;
const pageData = () => {
  if (data) return data;
  const d: SearchData = JSON.parse(
    document.getElementById('search-data')?.textContent || '{"answers":{"pages":[],"phrases":[]},"synonyms":[],"aliases":[],"filler":[],"pages":100}',
  );
  // The site's words, for picking the key words of a pasted text: askedAs phrases, synonyms, the words aliases stand for.
  const vocabulary = [...d.answers.phrases.map(([p]) => p), ...d.synonyms.flat(), ...d.aliases.map(([, w]) => w)].join('|');
  data = { ...d, vocabulary, strong: [...d.synonyms.flat(), ...d.aliases.map(([, w]) => w)] };
  return data;
};

const normal = (raw: string) => applyAliases(raw.trim().toLowerCase(), pageData().aliases);

/**
 * What is searched for what the reader typed, aliases rewritten (pdd → 拼多多): a short query
 * as typed, a pasted text as its key words, with the words that made it urgent kept so that
 * the address (?q=) brings back the same answer.
 */
export function toSearch(raw: string, stopWords: readonly string[]): string {
  const d = pageData();
  const text = normal(raw);
  const searched = searchedQuery(text, { stopWords, filler: d.filler, vocabulary: d.vocabulary, strong: d.strong });
  const signal = d.answers.urgent && urgentSignal(text, d.answers.urgent.signals);
  return signal && !urgentSignal(searched, d.answers.urgent!.signals) ? `${signal} ${searched}` : searched;
}

/** True when what was searched is not simply what was typed (a pasted text's key words). */
export const isReduced = (raw: string, searched: string): boolean => normal(raw) !== searched;

/** The strategy over Pagefind's search (see src/lib/search/strategy.ts). */
export const rank = <T>(q: string, run: (w: string) => Promise<Ranked<T>[]>, stopWords: readonly string[]): Promise<Ranked<T>[]> =>
  searchStrategy(q, run, { stopWords, synonyms: pageData().synonyms, pages: pageData().pages });

/** The best answer for everything the reader typed or pasted (the urgent page first). */
export const answer = (raw: string): Answer | null => answerFor(normal(raw), pageData().answers);

/** A result's summary in plain and marked parts, for the words searched. */
export const marks = (text: string, searched: string, stopWords: readonly string[]): [string, boolean][] =>
  highlight(text, [stripStopWords(searched, stopWords), ...queryTerms(searched, stopWords)]);
