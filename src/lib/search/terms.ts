/**
 * How a reader's query becomes the words the search asks Pagefind for. Pure, so it is
 * unit-tested without a browser.
 *
 * The index splits Chinese into short words (系统 维护, 拼多 多多, 饿了 么), while the
 * browser's segmenter leaves unknown words as single characters (闲|鱼|卖|家). So runs of
 * single characters become overlapping pairs (闲鱼 鱼卖 卖家), which match the index's
 * words by prefix; pairs that are not words simply find nothing.
 */

/** Longer queries are cut: a pasted page of text would freeze the page while it is searched. */
export const MAX_QUERY = 64;
/** At most this many words are searched one by one. */
export const MAX_TERMS = 16;

type Segment = (text: string) => { segment: string; isWordLike?: boolean }[];

const CJK = /^\p{Script=Han}$/u;

/** The query as searched: trimmed, lower-case, cut to MAX_QUERY characters. */
export function capQuery(query: string): string {
  return [...query.trim().toLowerCase()].slice(0, MAX_QUERY).join('').trim();
}

/** The query without question words and particles (怎么办, 如何), longest first. */
export function stripStopWords(query: string, stopWords: readonly string[]): string {
  let text = capQuery(query);
  for (const w of [...stopWords].filter((s) => [...s].length > 1).sort((a, b) => b.length - a.length)) text = text.split(w).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** The meaningful words of a query, in order, without repeats, at most MAX_TERMS. */
export function queryTerms(query: string, stopWords: readonly string[], segment: Segment = defaultSegment): string[] {
  const stop = new Set(stopWords);
  const words: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) words.push(run[0]!);
    for (let i = 0; i + 1 < run.length; i++) words.push(run[i]! + run[i + 1]!);
    run = [];
  };
  for (const s of segment(stripStopWords(query, stopWords))) {
    const w = s.segment.trim();
    if (!w || s.isWordLike === false || !/[\p{L}\p{N}]/u.test(w)) flush();
    else if (CJK.test(w)) run.push(w);
    else {
      flush();
      words.push(w);
    }
  }
  flush();
  const kept = [...new Set(words.filter((w) => !stop.has(w)))];
  // A lone character (钱, 费) matches half the index by prefix: keep it only if it is all there is.
  const long = kept.filter((w) => !CJK.test(w));
  return (long.length ? long : kept).slice(0, MAX_TERMS);
}

function defaultSegment(text: string): { segment: string; isWordLike?: boolean }[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) return [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)];
  return text.split(/\s+/).map((segment) => ({ segment }));
}

export interface Ranked<T> {
  id: string;
  score: number;
  item: T;
}

/**
 * Merges one ranking per word: pages that match more of the words come first, then by
 * the sum of their scores.
 */
export function mergeRankings<T>(lists: Ranked<T>[][]): Ranked<T>[] {
  const merged = new Map<string, { hits: number; score: number; item: T }>();
  for (const list of lists) {
    for (const r of list) {
      const m = merged.get(r.id);
      if (m) {
        m.hits++;
        m.score += r.score;
      } else merged.set(r.id, { hits: 1, score: r.score, item: r.item });
    }
  }
  return [...merged.entries()]
    .sort(([, a], [, b]) => b.hits - a.hits || b.score - a.score)
    .map(([id, m]) => ({ id, score: m.score, item: m.item }));
}
