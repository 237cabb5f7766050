import { STORAGE_PREFIX } from './core';
import { clearSiteCaches } from './offline/caches';

/**
 * What the site stores in this browser's localStorage, under one prefix (STORAGE_PREFIX,
 * src/lib/core.ts): evidence checklist ticks (src/lib/ticks.ts) and the notebook
 * (src/lib/notebook/store.ts). Other sites on the same origin keep their own keys. Every call
 * survives storage being unavailable (private mode, blocked cookies): the page then simply
 * does not remember.
 */

/**
 * Removes what this site stored on the device, the offline caches included, and nothing
 * another site on the same origin stored: only keys with this site's prefix.
 */
export function clearSiteData(): void {
  void clearSiteCaches();
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = globalThis[name];
      const ours = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(STORAGE_PREFIX) === true);
      for (const key of ours) storage.removeItem(key);
    } catch {
      // Storage blocked: nothing was stored there.
    }
  }
}
