/**
 * Offline use, from the page's side. Nothing is saved until the reader asks (离线也能用, or
 * saving a record): then the service worker is registered, if it is not yet, and asked to
 * save the site (src/offline/sw.js). A first visit registers nothing and downloads nothing
 * beyond the page.
 */
const WORKER = '/sw.js';
/** Every response the worker saves carries the time it was fetched in this header. */
export const SAVED_HEADER = 'x-refundpath-saved';

/** Whether this browser can keep the site for offline use. */
export const offlineSupported = (): boolean => typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/**
 * Saves the site for offline use. Resolves the time the copy was fetched (an ISO string),
 * or null when it could not be saved (no service worker, offline, storage refused).
 */
export async function enableOffline(): Promise<string | null> {
  if (!offlineSupported()) return null;
  try {
    await navigator.serviceWorker.register(WORKER);
    const registration = await navigator.serviceWorker.ready;
    // A newer version waiting to take over saves its own files; the active one would save files the host no longer has.
    const worker = registration.waiting ?? registration.active;
    if (!worker) return null;
    return await new Promise<string | null>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<{ date?: unknown }>) => resolve(typeof event.data?.date === 'string' ? event.data.date : null);
      worker.postMessage('precache', [channel.port2]);
    });
  } catch {
    return null;
  }
}

/** When this browser last saved the site for offline use (an ISO string), or null: read from the saved copy of `probe`. */
export async function offlineSavedAt(probe: string): Promise<string | null> {
  try {
    return offlineSupported() ? ((await caches.match(probe))?.headers.get(SAVED_HEADER) ?? null) : null;
  } catch {
    return null; // Cache Storage refused (private mode): nothing saved.
  }
}

/** A saved time as the reader's calendar day, in the page's language (zh-CN: 2026年12月4日); the service worker writes it the same way. */
export const savedDay = (iso: string, lang: string): string => new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
