// RefundPath's service worker. The build (src/integrations/offline.ts) fills in VERSION, a
// hash of the built site, and PRECACHE, the quiz, outcome, notebook and guide pages with
// the site's assets. It fetches nothing from other origins and sends nothing anywhere.
const CACHE = 'refundpath-' + '__VERSION__';
const PRECACHE = [/* PRECACHE */];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

// A new deploy installs a new cache; once it takes over, every older cache goes.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('refundpath-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const fromCache = (request) => caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));

// Online, the network answers (a reader sees the latest content) and search files are
// kept as they are first used; offline, the cached copy answers.
const networkFirst = (request, keep) =>
  fetch(request)
    .then((response) => {
      if (keep && response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })
    .catch(() => fromCache(request).then((hit) => hit || Response.error()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, false));
  else if (url.pathname.startsWith('/pagefind/')) event.respondWith(networkFirst(request, true));
  else if (!PRECACHE.includes(url.pathname)) return;
  // Built assets have content hashes in their names: the cached copy is the right one. Other
  // precached files (the tree) follow the pages: the network's copy when online.
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(fromCache(request).then((hit) => hit || fetch(request)));
  else event.respondWith(networkFirst(request, false));
});
