import type { DeadlineInputs } from '../deadlines/compute';
import type { Fields } from '../letters/fields';
import { STORAGE_PREFIX } from '../core';

/**
 * The toolkit island keeps what the reader typed and ticked; the save button is a
 * separate island. The toolkit writes it here (sessionStorage: this tab only, gone when
 * it closes, under the site's prefix) and the save button reads it: the letter fields,
 * the dates typed into the deadline calculator and the evidence ticked (by its text).
 */
export interface Handoff {
  fields: Fields;
  dates: DeadlineInputs;
  evidence: string[];
}

const key = (outcome: string) => `${STORAGE_PREFIX}letter-fields:${outcome}`;
const strings = (v: unknown): Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Record<string, string>)
    : {};

export function shareLetterFields(outcome: string, fields: Fields, dates: DeadlineInputs = {}, evidence: string[] = []): void {
  try {
    // Nothing typed (or just cleared by 清除我的数据): keep no key at all.
    if (Object.values(fields).some(Boolean) || Object.values(dates).some(Boolean) || evidence.length)
      sessionStorage.setItem(key(outcome), JSON.stringify({ fields, dates, evidence }));
    else sessionStorage.removeItem(key(outcome));
  } catch {
    // No session storage: the record is saved without them.
  }
}

export function readHandoff(outcome: string): Handoff {
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(key(outcome)) ?? '{}');
    const o = typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
    return {
      fields: strings(o.fields),
      dates: strings(o.dates),
      evidence: Array.isArray(o.evidence) ? o.evidence.filter((x): x is string => typeof x === 'string') : [],
    };
  } catch {
    return { fields: {}, dates: {}, evidence: [] };
  }
}
