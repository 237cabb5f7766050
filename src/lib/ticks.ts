import { STORAGE_PREFIX } from './core';
import { store } from './core';

// The outcome toolkit's evidence checklist ticks, one list per outcome. A module of its own:
// the notebook page, which shares the storage helpers, does not load this.

export function loadTicks(outcome: string, count: number): boolean[] {
  const fallback = Array.from({ length: count }, () => false);
  try {
    const raw = store()?.getItem(`${STORAGE_PREFIX}evidence:${outcome}`);
    const saved: unknown = raw ? JSON.parse(raw) : null;
    if (!Array.isArray(saved)) return fallback;
    return fallback.map((_, i) => saved[i] === true);
  } catch {
    return fallback;
  }
}

/** False when the browser did not keep them (private mode, storage full or blocked): the checklist says so. */
export function saveTicks(outcome: string, ticks: boolean[]): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(`${STORAGE_PREFIX}evidence:${outcome}`, JSON.stringify(ticks));
    return true;
  } catch {
    // Storage full or blocked: ticks last until the page closes.
    return false;
  }
}
