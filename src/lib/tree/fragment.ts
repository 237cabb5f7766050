import { ID_PATTERN } from '../core';
import type { Answer } from './walk';

/**
 * Answers travel in the URL fragment as `#question=option&question=option`, in the order
 * given. The fragment is never sent to a server. Parsing is defensive: it never throws,
 * and anything that is not well formed is reported as garbled.
 */
export type ParsedFragment = { ok: true; answers: Answer[] } | { ok: false };

const MAX_FRAGMENT_LENGTH = 2000;
const MAX_ANSWERS = 50;

export function parseFragment(input: unknown): ParsedFragment {
  if (typeof input !== 'string') return { ok: false };
  const raw = input.startsWith('#') ? input.slice(1) : input;
  if (raw === '') return { ok: true, answers: [] };
  if (raw.length > MAX_FRAGMENT_LENGTH) return { ok: false };
  const parts = raw.split('&');
  if (parts.length > MAX_ANSWERS) return { ok: false };
  const answers: Answer[] = [];
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) return { ok: false };
    const question = safeDecode(part.slice(0, eq));
    const option = safeDecode(part.slice(eq + 1));
    if (question === null || option === null || !ID_PATTERN.test(question) || !ID_PATTERN.test(option)) return { ok: false };
    answers.push({ question, option });
  }
  return { ok: true, answers };
}

export function formatFragment(answers: readonly Answer[]): string {
  return answers.length === 0 ? '' : `#${answers.map((a) => `${a.question}=${a.option}`).join('&')}`;
}

/**
 * What a fragment means on a quiz page. `#main` or `#law-xiaofa-25` is an in-page anchor
 * (no "=" in it, or the id of an element on the page): the browser scrolls to it and the
 * answers stay as they were. `kept` is what the islands left on an anchor's history entry
 * (the answers shown when the reader followed it), so Back, Forward, a reload and the
 * toolkit, which hydrates later, still find the answers. Anything else is answer state,
 * well formed or garbled.
 */
export type FragmentMeaning = { kind: 'answers'; answers: Answer[] } | { kind: 'anchor'; kept: Answer[] | null } | { kind: 'garbled' };

export function fragmentMeaning(hash: string, isElementId: (id: string) => boolean, kept?: unknown): FragmentMeaning {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const id = safeDecode(raw);
  if (raw !== '' && (!raw.includes('=') || (id !== null && isElementId(id)))) {
    const saved = typeof kept === 'string' ? parseFragment(kept) : ({ ok: false } as const);
    return { kind: 'anchor', kept: saved.ok ? saved.answers : null };
  }
  const parsed = parseFragment(raw);
  return parsed.ok ? { kind: 'answers', answers: parsed.answers } : { kind: 'garbled' };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
