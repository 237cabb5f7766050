import type { Answer } from './walk';

/**
 * Answers travel in the URL fragment as `#question=option&question=option`, in the order
 * given. The fragment is never sent to a server. Parsing is defensive: it never throws,
 * and anything that is not well formed is reported as garbled.
 */
export type ParsedFragment = { ok: true; answers: Answer[] } | { ok: false };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_LENGTH = 2000;
const MAX_ANSWERS = 50;

export function parseFragment(input: unknown): ParsedFragment {
  if (typeof input !== 'string') return { ok: false };
  const raw = input.startsWith('#') ? input.slice(1) : input;
  if (raw === '') return { ok: true, answers: [] };
  if (raw.length > MAX_LENGTH) return { ok: false };
  const parts = raw.split('&');
  if (parts.length > MAX_ANSWERS) return { ok: false };
  const answers: Answer[] = [];
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) return { ok: false };
    const question = safeDecode(part.slice(0, eq));
    const option = safeDecode(part.slice(eq + 1));
    if (question === null || option === null || !ID.test(question) || !ID.test(option)) return { ok: false };
    answers.push({ question, option });
  }
  return { ok: true, answers };
}

export function formatFragment(answers: readonly Answer[]): string {
  return answers.length === 0 ? '' : '#' + answers.map((a) => `${a.question}=${a.option}`).join('&');
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
