import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz, weigh } from '../bench/weigh';
import { createHash } from 'node:crypto';
import { builtPages, DIST, parsePage, readPage } from '../helpers/dist';
import { precacheBytes } from '../bench/precache';
import { PRECACHE_BUDGET_KB } from '../../src/lib/offline/precache';

// Bytes are deterministic, so budgets are asserted here; timings are only printed by npm run bench.
const pages = builtPages();
const KB = 1024;

describe('byte budgets (gzip)', () => {
  const reading = pages.filter((p) => /^\/(guide|cases)\//.test(p));

  it.each(reading)('%s loads no JavaScript and weighs at most 16 KB (HTML + CSS)', (path) => {
    const w = weigh(DIST, path);
    expect(w.js, `${path} loads ${w.scripts.join(', ')}`).toBe(0);
    expect(w.html + w.css).toBeLessThanOrEqual(16 * KB);
  });

  // Issue 19: an outcome page is read from its first round trip (about 14 KB), so its HTML and
  // every stylesheet it needs fit in 14 KB.
  it.each(pages.filter((p) => p.startsWith('/check/result/')))('%s weighs at most 14 KB (HTML + CSS)', (path) => {
    const w = weigh(DIST, path);
    expect(w.html + w.css).toBeLessThanOrEqual(14 * KB);
  });

  it.each(pages.filter((p) => p.startsWith('/check/')))('%s loads at most 12 KB of JavaScript', (path) => {
    expect(weigh(DIST, path).js).toBeLessThanOrEqual(12 * KB);
  });

  it('the search page loads at most 12 KB of JavaScript (the quiz budget), its island included', () => {
    const w = weigh(DIST, '/search/');
    expect(w.scripts.some((s) => /\/search\.astro_astro_type_script/.test(s))).toBe(true);
    expect(w.js).toBeLessThanOrEqual(12 * KB);
  });

  it('measures the island: question pages do load JavaScript', () => {
    const w = weigh(DIST, '/check/q/redflags/');
    expect(w.js).toBeGreaterThan(4 * KB);
    expect(w.scripts.some((s) => s.includes('Quiz'))).toBe(true);
  });
});

describe('the court documents load only when asked for (issue 24)', () => {
  // The chunk is reachable from both pages (weigh counts it as loaded later), never with the
  // page: loaded with it, either page would be over its 12 KB, so this budget would catch it.
  it.each(['/check/result/lawsuit/', '/my/'])('%s can load the court chunk, but not with the page', (path) => {
    const w = weigh(DIST, path);
    const court = w.scripts.find((s) => /\/CourtDocs\.[\w-]+\.js$/.test(s));
    expect(court, 'the court chunk is reachable').toBeDefined();
    expect(w.js).toBeLessThanOrEqual(12 * KB);
    expect(w.js + gz(readFileSync(join(DIST, court!)))).toBeGreaterThan(12 * KB);
  });
});

// Issue 20 item 7: a page renders from its first round trip. Its stylesheet is inline
// (build.inlineStylesheets: 'always'), so nothing in <head> waits for a second request, and
// the page's CSP <meta> allows that <style> by its hash (else the page would render unstyled).
describe('a page renders from its first round trip', () => {
  it.each(pages)('%s has no render-blocking stylesheet, and its inline style is allowed by hash', (path) => {
    const html = readPage(path);
    expect(html, `${path} links a stylesheet`).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles.length, `${path} carries its CSS`).toBeGreaterThan(0);
    const policy = parsePage(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const styleSrc = /style-src ([^;]*)/.exec(policy)?.[1] ?? '';
    for (const css of styles) expect(styleSrc).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  });
});

// Issue 23 item 3: the URLs, the id rule and the prefixes every island needs are one chunk
// (src/lib/core.ts), which each page loads once and the budgets above count once.
describe('the client core', () => {
  const chunks = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
  const core = chunks.filter((f) => /^core\.[\w-]+\.js$/.test(f));

  it.each(['/check/q/redflags/', '/check/result/lawsuit/', '/my/', '/search/'])('%s loads the one core chunk', (path) => {
    expect(core).toHaveLength(1);
    expect(weigh(DIST, path).scripts).toContain(`/_astro/${core[0]}`);
  });

  it('holds the URLs and the id rule, which no other chunk does', () => {
    const copies = chunks.filter((f) => /\/check\/result\/|\/my\/|\[a-z0-9\]\[a-z0-9-\]/.test(readFileSync(join(DIST, '_astro', f), 'utf8')));
    expect(copies).toEqual(core);
  });
});

describe('notebook and offline budgets (gzip)', () => {
  it('the notebook page loads at most 12 KB of JavaScript', () => {
    const w = weigh(DIST, '/my/');
    expect(w.js).toBeGreaterThan(4 * KB);
    expect(w.js).toBeLessThanOrEqual(12 * KB);
  });

  it('the service worker is at most 4 KB', () => {
    expect(gz(readFileSync(join(DIST, 'sw.js')))).toBeLessThanOrEqual(4 * KB);
  });

  it('the precache (home, quiz, outcomes, notebook, guide, case list, fallback page, their assets, the tree) stays within the budget the page states', () => {
    const p = precacheBytes(DIST);
    for (const path of ['/', '/my/', '/guide/', '/guide/evidence/', '/cases/', '/offline/', '/check/tree.json']) expect(p.paths).toContain(path);
    // The notebook's export and import load on first use: offline too.
    // (one module, src/islands/notebook-extras.ts: exports, import, the step form)
    expect(p.paths.some((path) => /^\/_astro\/notebook-extras\.[\w-]+\.js$/.test(path))).toBe(true);
    // So do the court documents (issue 24), from the lawsuit outcome and from the notebook.
    expect(p.paths.some((path) => /^\/_astro\/CourtDocs\.[\w-]+\.js$/.test(path))).toBe(true);
    expect(p.paths.filter((path) => path.startsWith('/cases/'))).toEqual(['/cases/']);
    expect(p.gzip).toBeLessThanOrEqual(PRECACHE_BUDGET_KB * KB);
    expect(parsePage('/offline/').querySelector('.offline-control')?.textContent).toContain(`${PRECACHE_BUDGET_KB} KB`);
  });
});
