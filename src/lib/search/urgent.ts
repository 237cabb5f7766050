/**
 * Urgency: a query that says money has just gone to someone who asked for it (已经转了,
 * 刚转, 被骗 with a fee paid, 安全账户, 共享屏幕). The signals are content
 * (content/search/urgent.yaml); this decides whether a query holds one. The whole text is
 * read, however long, so the end of a pasted story counts.
 */

/** How far apart the two parts of an "A…B" signal may be, in characters. */
const SIGNAL_GAP = 10;

/** A text as search phrases compare it: lower case, letters and digits only. The best-answer map uses it too. */
export const normalise = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The part of the query that says it is urgent: a signal phrase, or for "A…B" the text from
 * A to B (B within SIGNAL_GAP characters of A); null when there is none.
 */
export function urgentSignal(query: string, signals: readonly string[]): string | null {
  const q = normalise(query.replace(/…/g, ''));
  for (const signal of signals) {
    const [a, b] = signal.split('…').map((part) => normalise(part));
    if (!a) continue;
    if (b === undefined) {
      if (q.includes(a)) return a;
      continue;
    }
    for (let i = q.indexOf(a); i >= 0 && b; i = q.indexOf(a, i + 1)) {
      const j = q.slice(i + a.length, i + a.length + SIGNAL_GAP + b.length).indexOf(b);
      if (j >= 0) return q.slice(i, i + a.length + j + b.length);
    }
  }
  return null;
}

/** True when the query holds a signal. */
export const isUrgent = (query: string, signals: readonly string[]): boolean => urgentSignal(query, signals) !== null;
