import { CACHE_PREFIX } from '../core';

/**
 * Fired on the window once the offline copies are gone, so a 离线也能用 control on the page
 * stops saying they are there (src/lib/offline/control.ts hears it by name: importing this
 * module there would make it a chunk of its own on /my/).
 */
export const OFFLINE_CLEARED = 'refundpath:offline-cleared';

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
