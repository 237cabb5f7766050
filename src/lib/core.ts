/**
 * The client core: what every island shares. The internal URLs (src/lib/urls.ts, re-exported
 * here), the id rule, the storage key prefix and the cache prefix. Every island imports this
 * module, so the bundler makes it one shared chunk, loaded once per page and precached; the
 * service worker and the early quiz script get the prefix and the id rule written in from
 * here by the build. Keep it tiny: every page with an island loads it.
 */
export * from './urls.ts';

/**
 * The one rule for every id in the content and in quiz URLs: lower-case letters, digits and
 * dashes, starting with a letter or digit, at most 64 characters. The schemas, the fragment
 * parser and the notebook all use it, so the build refuses any id the quiz could not read back.
 */
const ID_MAX_LENGTH = 64;
export const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9-]{0,${ID_MAX_LENGTH - 1}}$`);
export const ID_RULE = `must be lower-case letters, digits and dashes (at most ${ID_MAX_LENGTH} characters)`;

/** Every localStorage key the site writes starts with this (src/lib/storage.ts clears them). */
export const STORAGE_PREFIX = 'refundpath:';

/** Every Cache Storage cache the service worker makes starts with this (src/offline/sw.js). */
export const CACHE_PREFIX = 'refundpath-';

/** Fired on the window once the offline copies are gone (src/lib/offline/caches.ts): a 离线也能用 control stops saying they are there. */
export const OFFLINE_CLEARED = `${STORAGE_PREFIX}offline-cleared`;
/** Fired on the window to ask the page's 离线也能用 control to save the site (src/lib/offline/request.ts). */
export const OFFLINE_REQUESTED = `${STORAGE_PREFIX}offline-request`;

/** localStorage, or null where it is unavailable (private mode, blocked cookies): the page then simply does not remember. */
export const store = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};
