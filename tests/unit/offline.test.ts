import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderServiceWorker, readPrecache, type WorkerSettings } from '../../src/lib/offline/precache';
import { SAVED_HEADER, savedDay } from '../../src/lib/offline/enable';
import { CACHE_PREFIX } from '../../src/lib/core';

const TEMPLATE = readFileSync(new URL('../../src/offline/sw.js', import.meta.url), 'utf8');
const SETTINGS: WorkerSettings = { fallback: '/offline/', words: { copy: '副本（{date}）<b>', missing: '没有副本（{date}）', lang: 'zh-CN' } };

describe('the service worker template', () => {
  it('gets its version, precache list, fallback page and words, and the list reads back', () => {
    const sw = renderServiceWorker(TEMPLATE, 'abc123', ['/check/', '/my/'], SETTINGS);
    // The cache prefix and the saved-time header are the pages' own, written in by the build.
    expect(sw).toContain(`const PREFIX = '${CACHE_PREFIX}';\nconst CACHE = PREFIX + 'abc123';`);
    expect(sw).toContain(`const SAVED = '${SAVED_HEADER}';`);
    expect(readPrecache(sw)).toEqual(['/check/', '/my/']);
    expect(sw).toContain("const FALLBACK = '/offline/';");
    // The words go into HTML: escaped.
    expect(sw).toContain('副本（{date}）&lt;b&gt;');
    expect(sw).not.toMatch(/PRECACHE \*\/|WORDS \*\/|__[A-Z_]+__/);
  });
});

interface Fetched {
  path: string;
  cache: string;
}

/** Runs the worker's code against an in-memory Cache Storage and a fake network. */
function runWorker(paths: string[], existing: string[], network: (path: string) => Response | null | 'hang', version = 'v1') {
  const code = renderServiceWorker(TEMPLATE, version, paths, SETTINGS);
  const store = new Map<string, Map<string, Response>>(existing.map((n) => [n, new Map()]));
  const keyOf = (r: { url: string } | string) => new URL(typeof r === 'string' ? r : r.url, 'https://site.test').pathname;
  const open = async (name: string) => {
    if (!store.has(name)) store.set(name, new Map());
    const c = store.get(name)!;
    return {
      put: async (req: { url: string } | string, res: Response) => void c.set(keyOf(req), res),
      match: async (req: { url: string } | string) => c.get(keyOf(req))?.clone(),
      keys: async () => [...c.keys()],
    };
  };
  const caches = {
    open,
    has: async (n: string) => store.has(n),
    keys: async () => [...store.keys()],
    delete: async (n: string) => store.delete(n),
    match: async (req: { url: string } | string, options: { cacheName: string }) => store.get(options.cacheName)?.get(keyOf(req))?.clone(),
  };
  const fetched: Fetched[] = [];
  const fetch = (req: { url: string; cache?: string } | string) => {
    const path = keyOf(req);
    fetched.push({ path, cache: typeof req === 'string' ? 'default' : (req.cache ?? 'default') });
    const answer = network(path);
    if (answer === 'hang') return new Promise<Response>(() => {});
    return answer ? Promise.resolve(answer) : Promise.reject(new TypeError('Failed to fetch'));
  };
  // The worker resolves relative URLs against its own address, as a browser does.
  const SiteRequest = class extends Request {
    constructor(input: string, init?: RequestInit) {
      super(new URL(input, 'https://site.test'), init);
    }
  };
  const listeners: Record<string, (e: unknown) => void> = {};
  const self = { addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn), clients: { claim: async () => {} } };
  new Function('self', 'caches', 'fetch', 'location', 'Request', code)(self, caches, fetch, { origin: 'https://site.test' }, SiteRequest);
  const lifecycle = async (type: string) => {
    let done: Promise<unknown> = Promise.resolve();
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  /** What the page's enableOffline() does: posts 'precache' and waits for the answer. */
  const enable = async () => {
    let answer: unknown;
    let done: Promise<unknown> = Promise.resolve();
    listeners.message!({ data: 'precache', ports: [{ postMessage: (m: unknown) => (answer = m) }], waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
    return answer as { date: string | null };
  };
  const request = (path: string, mode = 'navigate') => {
    let answer: Promise<Response> | undefined;
    listeners.fetch!({ request: { url: `https://site.test${path}`, method: 'GET', mode }, respondWith: (p: Promise<Response>) => (answer = p) });
    return answer;
  };
  return { store, fetched, lifecycle, enable, request };
}

const page = (path: string) =>
  path.endsWith('.json')
    ? new Response('{"tree":1}', { headers: { 'content-type': 'application/json' } })
    : new Response(`<html><body><main id="main" class="wrap"><h1>${path}</h1></main></body></html>`, {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
const LIST = ['/', '/check/', '/offline/', '/check/tree.json', '/_astro/a.js'];

describe('the service worker saves nothing until asked', () => {
  it('a first install saves nothing; asked, it saves every file with the time it fetched them, the fallback last', async () => {
    const sw = runWorker(LIST, [], page);
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect(sw.fetched).toEqual([]);
    expect([...sw.store.keys()]).toEqual([]);

    const before = Date.now();
    const { date } = await sw.enable();
    expect(Date.parse(date!)).toBeGreaterThanOrEqual(before - 1000);
    const saved = sw.store.get('refundpath-v1')!;
    expect([...saved.keys()]).toEqual(['/', '/check/', '/check/tree.json', '/_astro/a.js', '/offline/']);
    expect(saved.get('/check/')!.headers.get(SAVED_HEADER)).toBe(date);
    expect(saved.get('/check/')!.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('fetches pages past the HTTP cache (revalidated); hashed assets may come from it', async () => {
    const sw = runWorker(LIST, [], page);
    await sw.enable();
    expect(Object.fromEntries(sw.fetched.map((f) => [f.path, f.cache]))).toEqual({
      '/': 'no-cache',
      '/check/': 'no-cache',
      '/offline/': 'no-cache',
      '/check/tree.json': 'no-cache',
      '/_astro/a.js': 'default',
    });
  });

  it('says when saving failed, and keeps no partial copy', async () => {
    const sw = runWorker(LIST, [], (p) => (p === '/check/tree.json' ? new Response('', { status: 404 }) : page(p)));
    expect(await sw.enable()).toEqual({ date: null });
    expect(sw.store.get('refundpath-v1')).toBeUndefined();
  });

  it('a new version saves itself on install for a reader who asked before, and deletes older versions of its own caches only', async () => {
    const sw = runWorker(['/check/', '/my/'], ['refundpath-v1', 'another-site'], page, 'v2');
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect([...sw.store.keys()].sort()).toEqual(['another-site', 'refundpath-v2']);
    expect([...sw.store.get('refundpath-v2')!.keys()]).toEqual(['/check/', '/my/']);
  });
});

describe('the service worker answers', () => {
  afterEach(() => vi.useRealTimers());
  const text = async (answer: Promise<Response> | undefined) => (await answer)!.text();

  it('from the network when it can; from the copy, saying so and of which day, when the network fails', async () => {
    let online = true;
    const sw = runWorker(LIST, [], (p) => (online ? page(p) : null));
    const { date } = await sw.enable();
    expect(await text(sw.request('/check/'))).not.toContain('offline-copy');
    online = false;
    const copy = await text(sw.request('/check/?today=2027-01-01'));
    expect(copy).toContain(
      `<main id="main" class="wrap"><p class="box offline-copy" role="status">副本（${savedDay(date!, 'zh-CN')}）&lt;b&gt;</p><h1>/check/</h1>`,
    );
    expect(savedDay(date!, 'zh-CN')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    // An address with no copy: the fallback page, saying the page asked for has none.
    const fallback = await text(sw.request('/cases/some-case/'));
    expect(fallback).toContain('没有副本（');
    expect(fallback).toContain('<h1>/offline/</h1>');
    // The tree follows the pages, without a notice, even when opened as a page.
    expect(await text(sw.request('/check/tree.json', 'cors'))).toBe('{"tree":1}');
    const opened = (await sw.request('/check/tree.json'))!;
    expect(opened.headers.get('content-type')).toBe('application/json');
    expect(await opened.text()).toBe('{"tree":1}');
    expect(await sw.request('/cases/', 'cors')).toBeUndefined();
  });

  it('from the copy when the host answers with a server error', async () => {
    let status = 200;
    const sw = runWorker(LIST, [], (p) => (status === 200 ? page(p) : new Response('Service Unavailable', { status })));
    await sw.enable();
    status = 503;
    expect(await text(sw.request('/check/'))).toContain('offline-copy');
    // No copy of that address: the fallback page, not the host's error.
    const fallback = (await sw.request('/cases/x/'))!;
    expect(fallback.status).toBe(200);
    expect(await fallback.text()).toContain('<h1>/offline/</h1>');
  });

  it('from the copy when the network has not answered in 4 seconds', async () => {
    let hang = false;
    const sw = runWorker(LIST, [], (p) => (hang ? 'hang' : page(p)));
    await sw.enable();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    hang = true;
    let answered = false;
    const answer = sw.request('/check/')!.then((r) => {
      answered = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(3900);
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    // The network never answers: only the worker's own timer can.
    await vi.advanceTimersByTimeAsync(200);
    expect(await (await answer).text()).toContain('offline-copy');
  });

  it('for a reader who never asked, only the network: it waits for it and keeps nothing', async () => {
    let online = true;
    const sw = runWorker(LIST, [], (p) => (online ? page(p) : null));
    await sw.lifecycle('install');
    await (await sw.request('/pagefind/pagefind.js', 'cors'))!.text();
    online = false;
    expect((await sw.request('/check/'))!.type).toBe('error');
    expect((await sw.request('/pagefind/pagefind.js', 'cors'))!.type).toBe('error');
    expect([...sw.store.keys()]).toEqual([]);
  });

  it('search files, once used, for a reader who asked', async () => {
    let online = true;
    const sw = runWorker(LIST, [], (p) => (online ? page(p) : null));
    await sw.enable();
    await (await sw.request('/pagefind/pagefind.js', 'cors'))!.text();
    await new Promise((resolve) => setTimeout(resolve, 0));
    online = false;
    expect(await text(sw.request('/pagefind/pagefind.js', 'cors'))).toBe(await page('/pagefind/pagefind.js').text());
  });
});
