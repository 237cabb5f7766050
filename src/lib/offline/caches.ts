import { CACHE_PREFIX, OFFLINE_CLEARED } from '../core';

/**
 * Deletes the offline copies of the site. The service worker stays registered but saves
 * nothing again (not even for a new deploy) until the reader asks for offline use again.
 */
export async function clearSiteCaches(): Promise<void> {
  try {
    if (typeof caches === 'undefined') return;
    for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
    dispatchEvent(new Event(OFFLINE_CLEARED));
  } catch {
    // Cache Storage unavailable (private mode, old browser): nothing to clear.
  }
}
