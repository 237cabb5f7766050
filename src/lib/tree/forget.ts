import { CLEARED_EVENT } from './entry';

/** The part of the Navigation API used here; browsers without it skip that step. */
interface NavigationLike {
  currentEntry: NavigationHistoryEntry | null;
  entries(): NavigationHistoryEntry[];
  traverseTo(key: string): { finished: Promise<unknown> };
}

/**
 * Removes the answers from every history entry a page can reach (browser only): the current
 * entry, and where the browser has the Navigation API, the other entries of this same page
 * (left by in-page links). Entries of other pages are out of a page's reach.
 */
export async function forgetAnswers(): Promise<void> {
  const clean = location.pathname + location.search;
  history.replaceState(null, '', clean);
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  const here = nav?.currentEntry;
  if (nav && here) {
    const others = nav.entries().filter((e) => e.sameDocument && e.key !== here.key && new URL(e.url ?? clean, location.href).hash !== '');
    try {
      for (const entry of others) {
        await nav.traverseTo(entry.key).finished;
        history.replaceState(null, '', clean);
      }
      if (others.length) await nav.traverseTo(here.key).finished;
    } catch {
      // A traversal was interrupted (the reader navigated): what was replaced stays replaced.
    }
  }
  dispatchEvent(new Event(CLEARED_EVENT));
}
