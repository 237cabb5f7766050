/**
 * How a reader's query becomes the words the search asks Pagefind for. Pure, so it is
 * unit-tested without a browser.
 *
 * The index splits Chinese into short words (系统 维护, 拼多 多多, 饿了 么), while the
 * browser's segmenter leaves unknown words as single characters (闲|鱼|卖|家). So runs of
 * single characters become overlapping pairs (闲鱼 鱼卖 卖家), which match the index's
 * words by prefix; pairs that are not words simply find nothing.
 */

/** At most this many words are searched one by one. */
export const MAX_TERMS = 16;
/** A query longer than this (characters) is a pasted text: it is searched by its key words. */
export const LONG_QUERY = 24;
/** A pasted text is searched by at most this many words, so it costs what a short query costs. */
export const MAX_KEY_WORDS = 4;

type Segment = (text: string) => { segment: string; isWordLike?: boolean }[];

const CJK = /^\p{Script=Han}$/u;

/** The query trimmed and lower-case, spaces collapsed. */
export function capQuery(query: string): string {
  return query.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The query without question words and particles (怎么办, 如何), longest first. */
export function stripStopWords(query: string, stopWords: readonly string[]): string {
  let text = capQuery(query);
  for (const w of [...stopWords].filter((s) => [...s].length > 1).sort((a, b) => b.length - a.length)) text = text.split(w).join(' ');
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The query as Pagefind gets it: without question words, and without particles standing
 * alone (不, 了, 的). Pagefind matches a lone character by prefix, so 不 in 拼多多不退款
 * fetched every index chunk holding a word that starts with 不 (20 KB for one query).
 * Words in `keep` (brand names such as 饿了么) stay whole.
 */
export function wholeQuery(query: string, stopWords: readonly string[], keep: readonly string[] = [], segment: Segment = defaultSegment): string {
  const stop = new Set(stopWords);
  const text = stripStopWords(query, stopWords);
  const kept = keep.filter((w) => w && text.includes(w)).sort((a, b) => b.length - a.length);
  const protect = kept.length ? new RegExp(`(${kept.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`) : null;
  // Each part the reader separated by a space stays apart; within one, the particles go.
  return text
    .split(' ')
    .map((part) =>
      (protect ? part.split(protect) : [part])
        .map((piece) =>
          kept.includes(piece)
            ? piece
            : segment(piece)
                .map((s) => s.segment.trim())
                .filter((w) => w && !stop.has(w))
                .join(''),
        )
        .join(''),
    )
    .filter(Boolean)
    .join(' ');
}

/** The meaningful words of a query, in order, without repeats, at most MAX_TERMS. */
export function queryTerms(query: string, stopWords: readonly string[], segment: Segment = defaultSegment): string[] {
  const stop = new Set(stopWords);
  const words: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) words.push(run[0]!);
    // A pair with a particle in it (多不, 不退) is no word: it would only cost an index download.
    for (let i = 0; i + 1 < run.length; i++) if (!stop.has(run[i]!) && !stop.has(run[i + 1]!)) words.push(run[i]! + run[i + 1]!);
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

export interface KeyWordOptions {
  stopWords: readonly string[];
  /** Words a complaint is padded with (您好, 请问, 情况, 然后): never key words. */
  filler: readonly string[];
  /** The site's vocabulary (askedAs phrases, synonyms, aliases' words), one string: a word found in it is the site's. */
  vocabulary: string;
  /** Words editors listed as search words (synonyms.yaml, the words of aliases.yaml): they count most. */
  strong?: readonly string[];
  segment?: Segment;
}

/**
 * The key words of a pasted text, at most MAX_KEY_WORDS, in the order they appear: the
 * editors' search words first (synonyms and aliases: 解冻费, 保证金, 淘宝), then words of
 * the site's vocabulary (askedAs phrases: the platform, the excuse, the demand),
 * then other words the text repeats, then the rest; hotline numbers always; particles,
 * filler, other numbers (amounts, dates) and single characters never. The whole text is
 * read, so a demand at its end counts as much as its opening.
 */
export function keyWords(text: string, options: KeyWordOptions, max = MAX_KEY_WORDS): string[] {
  const stop = new Set([...options.stopWords, ...options.filler]);
  const found = new Map<string, { first: number; count: number }>();
  const add = (w: string, at: number) => {
    const f = found.get(w);
    if (f) f.count++;
    else found.set(w, { first: at, count: 1 });
  };
  let run: string[] = [];
  let at = 0;
  const flush = () => {
    // Unknown words come as single characters: a pair counts only if the site uses it (卖家, 鱼卖 not).
    for (let i = 0; i + 1 < run.length; i++) if (options.vocabulary.includes(run[i]! + run[i + 1]!)) add(run[i]! + run[i + 1]!, at - run.length + i);
    run = [];
  };
  for (const s of (options.segment ?? defaultSegment)(text.toLowerCase())) {
    const w = s.segment.trim();
    at++;
    if (!w || s.isWordLike === false || !/[\p{L}\p{N}]/u.test(w) || stop.has(w)) flush();
    else if (CJK.test(w)) run.push(w);
    else {
      flush();
      if (/^\d+$/.test(w) ? isHotline(w) : [...w].length > 1) add(w, at);
    }
  }
  flush();
  // A word counts as an editor's word when one starts with it (解冻 of 解冻费).
  const strong = `|${(options.strong ?? []).join('|')}`;
  const score = (w: string, f: { count: number }) =>
    (isHotline(w) ? 4 : 0) + (strong.includes(`|${w}`) ? 2 : 0) + (options.vocabulary.includes(w) ? 2 : 0) + (f.count > 1 ? 1 : 0);
  return [...found.entries()]
    .map(([w, f]) => ({ w, f, s: score(w, f) }))
    .sort((a, b) => b.s - a.s || a.f.first - b.f.first)
    .slice(0, max)
    .sort((a, b) => a.f.first - b.f.first)
    .map((k) => k.w);
}

/** Five-digit service numbers (12315, 96110): the only numbers a search looks for. */
export const isHotline = (w: string): boolean => /^(1|9)\d{4}$/.test(w);

/**
 * What is searched for what the reader typed: a short query as typed (lower case), a
 * pasted text (longer than LONG_QUERY characters) as its key words joined by spaces. This is
 * also what the address keeps in ?q=.
 */
export function searchedQuery(raw: string, options: KeyWordOptions): string {
  const text = capQuery(raw);
  return [...text].length <= LONG_QUERY ? text : keyWords(text, options).join(' ');
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
  return [...merged.entries()].sort(([, a], [, b]) => b.hits - a.hits || b.score - a.score).map(([id, m]) => ({ id, score: m.score, item: m.item }));
}
