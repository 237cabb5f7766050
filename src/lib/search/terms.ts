/**
 * Chinese readers type whole sentences ("商家联系不上了怎么办"). Pagefind matches every
 * word of a query, so a sentence with one word that no page uses finds nothing. When that
 * happens the search page asks again word by word and merges the answers: these helpers
 * split the sentence and merge the rankings. Pure, so they are unit-tested.
 */

/** The meaningful words of a query, in order, without repeats; stop words (particles) left out. */
export function queryTerms(query: string, stopWords: readonly string[], segment: (text: string) => string[] = defaultSegment): string[] {
  const stop = new Set(stopWords);
  const words = segment(query.trim())
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w && !stop.has(w) && /[\p{L}\p{N}]/u.test(w));
  return [...new Set(words)];
}

function defaultSegment(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
    return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  }
  return text.split(/\s+/);
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
