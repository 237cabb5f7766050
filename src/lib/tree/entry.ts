import { formatFragment, fragmentMeaning } from './fragment';
import type { Answer } from './walk';

/** What the current history entry asks an island to show. */
export type EntryAnswers = { kind: 'answers'; answers: Answer[] } | { kind: 'garbled' } | { kind: 'unchanged' };

/**
 * Reads the answers of the current history entry, for both islands (browser only). After an
 * in-page link (#main, #law-…) nothing changes: the answers the island shows are kept on the
 * anchor's entry, where Back, Forward, a reload and the toolkit find them.
 */
export function entryAnswers(showing: readonly Answer[]): EntryAnswers {
  const state: unknown = history.state;
  const saved = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  const meaning = fragmentMeaning(location.hash, (id) => document.getElementById(id) !== null, saved.answers);
  if (meaning.kind !== 'anchor') return meaning;
  if (meaning.kept) return formatFragment(meaning.kept) === formatFragment(showing) ? { kind: 'unchanged' } : { kind: 'answers', answers: meaning.kept };
  history.replaceState({ ...saved, answers: formatFragment(showing) }, '');
  return { kind: 'unchanged' };
}

/** Fired on window after 清除我的数据 removed the answers, so every island reads them again. */
export const CLEARED_EVENT = 'refundpath:cleared';
