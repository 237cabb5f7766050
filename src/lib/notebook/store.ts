import { parseNotebook, serialize, type CaseRecord, type FileError, type Problem } from './schema';

/**
 * The notebook lives in this browser's localStorage under the site's prefix, so
 * 清除我的数据 removes it with everything else. Data that cannot be read is never
 * overwritten: it is copied aside first, and the page offers it for download.
 */
export const NOTEBOOK_KEY = 'refundpath:notebook:v1';
export const UNREADABLE_KEY = 'refundpath:notebook:unreadable';

export interface Loaded {
  records: CaseRecord[];
  /** Records that could not be read, and why. */
  problems: Problem[];
  /** The whole store could not be read. */
  error?: FileError;
  migratedFrom?: number;
  /** Unreadable data kept aside, if any. */
  unreadable: string | null;
}

const store = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

export function loadNotebook(): Loaded {
  const s = store();
  let raw: string | null = null;
  let unreadable: string | null = null;
  try {
    raw = s ? s.getItem(NOTEBOOK_KEY) : null;
    unreadable = s ? s.getItem(UNREADABLE_KEY) : null;
  } catch {
    // Blocked storage: an empty notebook that cannot be saved.
  }
  if (raw === null) return { records: [], problems: [], unreadable };
  const parsed = parseNotebook(raw);
  const keepAside = () => {
    try {
      if (unreadable === null && s) s.setItem(UNREADABLE_KEY, raw!);
      if (unreadable === null) unreadable = raw;
    } catch {
      if (unreadable === null) unreadable = raw;
    }
  };
  if (!parsed.ok) {
    keepAside();
    return { records: [], problems: [], error: parsed.error, unreadable };
  }
  if (parsed.problems.length) keepAside();
  const loaded: Loaded = { records: parsed.notebook.records, problems: parsed.problems, unreadable };
  if (parsed.migratedFrom !== undefined) loaded.migratedFrom = parsed.migratedFrom;
  return loaded;
}

/** False when the browser refused (storage full or blocked). */
export function saveNotebook(records: readonly CaseRecord[]): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(NOTEBOOK_KEY, serialize(records));
    return true;
  } catch {
    return false;
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
