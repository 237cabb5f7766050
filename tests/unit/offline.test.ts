import { describe, expect, it } from 'vitest';

describe('the service worker template', () => {
  it('gets its version and precache list, and the list reads back', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderServiceWorker, readPrecache } = await import('../../src/lib/offline/precache');
    const sw = renderServiceWorker(readFileSync(new URL('../../src/offline/sw.js', import.meta.url), 'utf8'), 'abc123', ['/check/', '/my/']);
    expect(sw).toContain("const CACHE = 'refundpath-' + 'abc123';");
    expect(readPrecache(sw)).toEqual(['/check/', '/my/']);
    expect(sw).not.toContain('PRECACHE */');
  });
});

/** Runs the worker's code against an in-memory Cache Storage and a fake network. */
async function runWorker(version: string, paths: string[], existing: string[], network: (url: string) => Response | null) {
  const { readFileSync } = await import('node:fs');
  const { renderServiceWorker } = await import('../../src/lib/offline/precache');
  const code = renderServiceWorker(readFileSync(new URL('../../src/offline/sw.js', import.meta.url), 'utf8'), version, paths);
  const store = new Map<string, Map<string, Response>>(existing.map((n) => [n, new Map()]));
  const keyOf = (r: { url: string } | string) => new URL(typeof r === 'string' ? r : r.url, 'https://site.test').pathname;
  const open = async (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const c = store.get(name)!;
    return {
      addAll: async (urls: string[]) => { for (const u of urls) { const r = network(u); if (!r) throw new Error(`offline: ${u}`); c.set(keyOf(u), r); } },
      put: async (req: { url: string }, res: Response) => void c.set(keyOf(req), res),
      match: async (req: { url: string }) => c.get(keyOf(req))?.clone(),
      keys: async () => [...c.keys()],
    };
  };
  const caches = { open, keys: async () => [...store.keys()], delete: async (n: string) => store.delete(n) };
  const listeners: Record<string, (e: unknown) => void> = {};
  const self = { addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn), clients: { claim: async () => {} } };
  const fetch = async (req: { url: string } | string) => network(keyOf(req)) ?? Promise.reject(new TypeError('Failed to fetch'));
  new Function('self', 'caches', 'fetch', 'location', code)(self, caches, fetch, { origin: 'https://site.test' });
  const lifecycle = async (type: string) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  const request = async (path: string, mode = 'navigate') => {
    let answer: Promise<Response> | undefined;
    listeners.fetch!({ request: { url: `https://site.test${path}`, method: 'GET', mode }, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer;
  };
  return { store, lifecycle, request };
}

describe('the service worker', () => {
  const page = (path: string) => new Response(`<h1>${path}</h1>`);
  it('precaches its list in a versioned cache and deletes older versions of its own caches only', async () => {
    const sw = await runWorker('v2', ['/check/', '/my/'], ['refundpath-v1', 'another-site'], page);
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect([...sw.store.keys()].sort()).toEqual(['another-site', 'refundpath-v2']);
    expect([...sw.store.get('refundpath-v2')!.keys()]).toEqual(['/check/', '/my/']);
  });

  it('answers pages from the network when it can and from the cache offline; other requests pass through', async () => {
    let online = true;
    const sw = await runWorker('v1', ['/check/'], [], (url) => (online ? page(url) : null));
    await sw.lifecycle('install');
    expect(await (await sw.request('/check/'))!.text()).toBe('<h1>/check/</h1>');
    online = false;
    expect(await (await sw.request('/check/?today=2027-01-01'))!.text()).toBe('<h1>/check/</h1>');
    expect((await sw.request('/guide/not-cached/'))!.type).toBe('error');
    online = true;
    await (await sw.request('/pagefind/pagefind.js', 'cors'))!.text();
    online = false;
    expect(await (await sw.request('/pagefind/pagefind.js', 'cors'))!.text()).toBe('<h1>/pagefind/pagefind.js</h1>');
    expect(await sw.request('/cases/', 'cors')).toBeUndefined();
  });
});
