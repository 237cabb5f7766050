/** Every Cache Storage cache the service worker makes starts with this (public/sw.js is generated with it). */
export const CACHE_PREFIX = 'refundpath-';

/** Deletes the offline copies of the site; the service worker itself stays registered and refills them on the next visit. */
export async function clearSiteCaches(): Promise<void> {
  try {
    if (typeof caches === 'undefined') return;
    for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
  } catch {
    // Cache Storage unavailable (private mode, old browser): nothing to clear.
  }
}
