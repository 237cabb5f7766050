// RefundPath's service worker. The build (src/integrations/offline.ts) fills in VERSION, a
// hash of the built site, PRECACHE (the pages and files offline use needs), FALLBACK (the
// page shown for an address with no copy), the notices' words, and the cache prefix and the
// saved-time header the pages use too (src/lib/offline/caches.ts, enable.ts). It fetches nothing from
// other origins and sends nothing anywhere.
//
// It saves nothing until the reader asks (the page posts 'precache': src/lib/offline/enable.ts),
// so a first visit costs only the page. A new version saves the new site on install only
// for a reader who asked before: whose browser still holds a cache of ours.
const PREFIX = '__CACHE_PREFIX__';
const CACHE = PREFIX + '__VERSION__';
const PRECACHE = [/* PRECACHE */];
const FALLBACK = '__FALLBACK__';
const WORDS = {/* WORDS */};
/** Each saved response carries the time it was fetched (src/lib/offline/enable.ts reads it too). */
const SAVED = '__SAVED_HEADER__';
/** How long a page may keep the reader waiting when a copy is at hand. */
const PATIENCE = 4000;

const ours = () => caches.keys().then((keys) => keys.filter((k) => k.startsWith(PREFIX)));
// caches.match with a cacheName never creates the cache (caches.open would).
const copyOf = (request) => caches.match(request, { ignoreSearch: true, cacheName: CACHE });

async function precache() {
  const date = new Date().toISOString();
  // The HTTP cache may hold the previous deploy's pages (hosts send max-age): pages and the
  // tree are revalidated. Built assets have content hashes in their names: any copy is right.
  const saved = await Promise.all(
    PRECACHE.map(async (path) => {
      const response = await fetch(new Request(path, { cache: path.startsWith('/_astro/') ? 'default' : 'no-cache' }));
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return new Response(await response.blob(), { headers: { 'content-type': response.headers.get('content-type') || '', [SAVED]: date } });
    }),
  );
  const cache = await caches.open(CACHE);
  // The fallback page goes in last: a cache that has it is complete.
  const last = PRECACHE.indexOf(FALLBACK);
  await Promise.all(saved.map((response, i) => (i === last ? null : cache.put(PRECACHE[i], response))));
  if (last >= 0) await cache.put(FALLBACK, saved[last]);
  return date;
}

self.addEventListener('install', (event) => {
  event.waitUntil(ours().then((names) => (names.length ? precache() : null)));
});

// A new deploy installs a new cache; once it takes over, every older cache goes.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    ours()
      .then((names) => Promise.all(names.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// 离线也能用, or a saved record: the page asks and hears back the time of the copy, or null.
self.addEventListener('message', (event) => {
  if (event.data !== 'precache') return;
  const reply = (date) => event.ports[0] && event.ports[0].postMessage({ date });
  event.waitUntil(precache().then(reply, () => reply(null)));
});

// As the page writes it (src/lib/offline/enable.ts: savedDay).
const day = (iso) => new Date(iso).toLocaleDateString(WORDS.lang, { year: 'numeric', month: 'long', day: 'numeric' });

// A page served from the cache says so, and of which day, at the top of its main content.
async function noticed(response, words) {
  if (!(response.headers.get('content-type') || '').startsWith('text/html')) return response;
  const html = await response.text();
  const notice = `<p class="box offline-copy" role="status">${words.replace('{date}', day(response.headers.get(SAVED)))}</p>`;
  return new Response(html.replace(/<main\b[^>]*>/, (tag) => tag + notice), { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

// Online, the network answers, so a reader sees the latest content. The copy answers when
// the network fails, answers with a server error, or keeps the reader waiting; an address
// with no copy gets the fallback page when the network fails.
function networkOrCopy(request, page) {
  const copy = () => copyOf(request).then((hit) => (hit && page ? noticed(hit, WORDS.copy) : hit));
  const fallback = () => caches.match(FALLBACK, { cacheName: CACHE }).then((hit) => hit && noticed(hit, WORDS.missing));
  const instead = async (response) => (await copy()) || (page && (await fallback())) || response || Response.error();
  return new Promise((resolve) => {
    const timer = setTimeout(() => copy().then((hit) => hit && resolve(hit)), PATIENCE);
    fetch(request)
      .then((response) => (response.status >= 500 ? instead(response) : response), () => instead(null))
      .then(resolve)
      .finally(() => clearTimeout(timer));
  });
}

// Search files are kept as they are first used, by a reader who asked for offline use.
const searchFile = (request) =>
  fetch(request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.has(CACHE).then((on) => on && caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    })
    .catch(() => copyOf(request).then((hit) => hit || Response.error()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkOrCopy(request, true));
  else if (url.pathname.startsWith('/pagefind/')) event.respondWith(searchFile(request));
  else if (!PRECACHE.includes(url.pathname)) return;
  // Built assets have content hashes in their names: the cached copy is the right one.
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(copyOf(request).then((hit) => hit || fetch(request)));
  // Other saved files (the tree) follow the pages.
  else event.respondWith(networkOrCopy(request, false));
});
