import { clearSiteCaches } from './offline/caches';

/**
 * What the site stores in this browser's localStorage, under one prefix: evidence
 * checklist ticks here, and the notebook (src/lib/notebook/store.ts). Every call survives storage being unavailable
 * (private mode, blocked cookies): the page then simply does not remember.
 */
const PREFIX = 'refundpath:';

const store = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

export function loadTicks(outcome: string, count: number): boolean[] {
  const fallback = Array.from({ length: count }, () => false);
  try {
    const raw = store()?.getItem(`${PREFIX}evidence:${outcome}`);
    const saved: unknown = raw ? JSON.parse(raw) : null;
    if (!Array.isArray(saved)) return fallback;
    return fallback.map((_, i) => saved[i] === true);
  } catch {
    return fallback;
  }
}

export function saveTicks(outcome: string, ticks: boolean[]): void {
  try {
    store()?.setItem(`${PREFIX}evidence:${outcome}`, JSON.stringify(ticks));
  } catch {
    // Storage full or blocked: ticks last until the page closes.
  }
}

/** Removes everything this site stored on the device, the offline caches included. */
export function clearSiteData(): void {
  void clearSiteCaches();
  try {
    store()?.clear();
    sessionStorage.clear();
  } catch {
    // Nothing stored, or storage blocked: nothing to clear.
  }
}
