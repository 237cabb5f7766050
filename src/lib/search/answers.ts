/**
 * The best answer above the results: a quiz outcome or a guide chapter that a query clearly
 * asks for, by one of its `askedAs` phrases or a hotline number it names. Scam words (the
 * phrases of fraud-branch outcomes: 解冻费, 注单异常, 刷单 …) always win. The map is made at
 * build from content; matching runs in the search island.
 */

import { isUrgent, normalise } from './urgent';

export interface AnswerPage {
  url: string;
  title: string;
  /** One line on what to do. */
  line: string;
  /** Only where true: the page ships this map as JSON, and most pages are not fraud pages. */
  fraud?: true;
}

export interface AnswerMap {
  pages: AnswerPage[];
  /** [normalised phrase, index into pages] */
  phrases: [string, number][];
  /** The page for money that has just gone (content/search/urgent.yaml), its signals and the numbers to call. */
  urgent?: UrgentAnswer;
}

interface UrgentAnswer {
  page: number;
  signals: string[];
  call: { name: string; phone: string }[];
}

/** The best answer with, for an urgent query, the numbers to call now. */
export interface Answer extends AnswerPage {
  call: { name: string; phone: string }[];
}

export interface AnswerSource extends AnswerPage {
  askedAs: readonly string[];
  /** Channel ids this page sends the reader to, most important first (outcomes only). */
  channels?: readonly string[];
}

/** Lower case, letters and digits only: 12315 怎么投诉？ → 12315怎么投诉. */

/**
 * Builds the map. Each hotline number goes to one page: the one whose title names it
 * (马上打110…), else the one that lists its channel first.
 */
export function answerMap(
  sources: readonly AnswerSource[],
  channels: readonly { id: string; name?: string | undefined; phone?: string | undefined }[],
  urgent?: { url: string; signals: readonly string[]; call: readonly string[] },
): AnswerMap {
  const pages: AnswerPage[] = sources.map(({ url, title, line, fraud }) => (fraud ? { url, title, line, fraud } : { url, title, line }));
  const phrases: [string, number][] = [];
  sources.forEach((s, i) => {
    for (const p of s.askedAs) if (normalise(p).length > 1) phrases.push([normalise(p), i]);
  });
  for (const ch of channels) {
    if (!ch.phone) continue;
    const number = normalise(ch.phone);
    const listed = (s: AnswerSource) => (s.channels ?? []).indexOf(ch.id);
    const rank = (s: AnswerSource) => (listed(s) < 0 ? Infinity : s.title.includes(number.slice(-5)) ? -1 : listed(s));
    const best = sources
      .map((s, i) => ({ i, r: rank(s) }))
      .filter((c) => c.r < Infinity)
      .sort((a, b) => a.r - b.r)[0];
    if (best) phrases.push([number, best.i]);
  }
  if (!urgent) return { pages, phrases };
  const page = sources.findIndex((s) => s.url === urgent.url);
  if (page < 0) throw new Error(`content/search/urgent.yaml: no outcome page at ${urgent.url}`);
  const call = urgent.call.map((id) => {
    const ch = channels.find((c) => c.id === id);
    if (!ch?.phone) throw new Error(`content/search/urgent.yaml: call: "${id}" is not a channel with a phone in content/channels.yaml`);
    return { name: ch.name ?? ch.phone, phone: ch.phone };
  });
  return { pages, phrases, urgent: { page, signals: [...urgent.signals], call } };
}

/**
 * The answer for a query: the urgent page, with its numbers, when the query says money has
 * just gone (before anything else, even a scam word's page); else bestAnswer.
 */
export function answerFor(query: string, map: AnswerMap): Answer | null {
  if (map.urgent && isUrgent(query, map.urgent.signals)) return { ...map.pages[map.urgent.page]!, call: map.urgent.call };
  const best = bestAnswer(query, map);
  return best && { ...best, call: [] };
}

/**
 * The page a query clearly asks for, or null. A phrase matches when the query contains it,
 * or when the query is at least half of the phrase (押金 → 押金不退). Longer matches are
 * clearer and an exact one is clearest; a fraud page that matches at all comes first; on a
 * tie the earlier page wins (outcomes come before chapters).
 */
export function bestAnswer(query: string, map: AnswerMap): AnswerPage | null {
  const q = normalise(query);
  if (q.length < 2) return null;
  let best: { page: number; score: number; fraud: boolean } | null = null;
  for (const [phrase, page] of map.phrases) {
    const score = phrase === q ? q.length + 0.5 : q.includes(phrase) ? phrase.length : phrase.includes(q) && q.length * 2 >= phrase.length ? q.length : 0;
    const fraud = map.pages[page]!.fraud === true;
    if (score && (!best || (fraud && !best.fraud) || (fraud === best.fraud && (score > best.score || (score === best.score && page < best.page)))))
      best = { page, score, fraud };
  }
  return best ? map.pages[best.page]! : null;
}
