import { STORAGE_PREFIX, store } from '../core';
import { parseNotebook, serialize, type CaseRecord, type FileError, type Problem } from './schema';

/**
 * The notebook lives in this browser's localStorage under the site's prefix, so
 * 清除我的数据 removes it with everything else. Data that cannot be read is never
 * overwritten: a store that cannot be read at all is copied aside first (the page offers
 * it for download), and single records that cannot be read are written back unchanged
 * with every later write.
 *
 * Two tabs, one truth: every write re-reads what is stored now and applies one change to
 * it (by record id), so a write never puts back what another tab changed or cleared.
 * localStorage calls are synchronous, so read-change-write cannot interleave with
 * another tab's within one browser.
 */
export const NOTEBOOK_KEY = `${STORAGE_PREFIX}notebook:v1`;
export const UNREADABLE_KEY = `${STORAGE_PREFIX}notebook:unreadable`;

export interface Loaded {
  records: CaseRecord[];
  /** Records that could not be read, and why (they stay stored). */
  problems: Problem[];
  /** The whole store could not be read. */
  error?: FileError;
  migratedFrom?: number;
  /** Unreadable data kept aside, if any. */
  unreadable: string | null;
}

interface Read extends Loaded {
  kept: unknown[];
  /** The store could not be read and could not be copied aside: nothing may overwrite it. */
  locked?: boolean;
}

function read(): Read {
  const s = store();
  let raw: string | null = null;
  let unreadable: string | null = null;
  try {
    raw = s ? s.getItem(NOTEBOOK_KEY) : null;
    unreadable = s ? s.getItem(UNREADABLE_KEY) : null;
  } catch {
    // Blocked storage: an empty notebook that cannot be saved.
  }
  if (raw === null) return { records: [], problems: [], unreadable, kept: [] };
  const parsed = parseNotebook(raw);
  if (!parsed.ok) {
    // Kept aside before anything can overwrite it; a second unreadable copy is added, not swapped.
    const aside = unreadable === null ? raw : unreadable.includes(raw) ? unreadable : `${unreadable}\n${raw}`;
    let locked = false;
    try {
      if (aside !== unreadable) s?.setItem(UNREADABLE_KEY, aside);
    } catch {
      // Storage full: the data stays under its own key, and no write may replace it.
      locked = true;
    }
    return { records: [], problems: [], error: parsed.error, unreadable: aside, kept: [], locked };
  }
  const loaded: Read = { records: parsed.notebook.records, problems: parsed.problems, unreadable, kept: parsed.kept };
  if (parsed.migratedFrom !== undefined) loaded.migratedFrom = parsed.migratedFrom;
  return loaded;
}

export function loadNotebook(): Loaded {
  const { kept: _k, locked: _l, ...loaded } = read();
  return loaded;
}

export type Written = { ok: boolean; records: CaseRecord[] };

/**
 * Applies `change` to the records stored now and writes the result back, with the
 * unreadable records untouched. `ok` is false when the browser refused (storage full or
 * blocked); `records` are then those still stored.
 */
export function updateNotebook(change: (records: CaseRecord[]) => CaseRecord[]): Written {
  const now = read();
  const next = change(now.records);
  try {
    const s = store();
    if (!s || now.locked) return { ok: false, records: now.records };
    s.setItem(NOTEBOOK_KEY, serialize(next, now.kept));
    return { ok: true, records: next };
  } catch {
    return { ok: false, records: now.records };
  }
}

export function forgetUnreadable(): void {
  try {
    const s = store();
    if (s) s.removeItem(UNREADABLE_KEY);
  } catch {
    // Nothing to forget.
  }
}
