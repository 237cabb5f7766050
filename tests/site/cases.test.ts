import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load';
import { payments, resultSlugs, results, situations } from '../../src/schemas/case';
import { builtPages, DIST, parsePage } from '../helpers/dist';
import { ROOT } from '../helpers/tree';

interface Case { id: string; data: { situation: string; payment: string; result: keyof typeof resultSlugs; outcome: string; chapters: string[]; source: string } }
const content = loadContent(ROOT).entries;
const cases: Case[] = content.filter((e) => e.kind === 'cases').map((e) => ({ id: e.fileId!, data: e.data as Case['data'] }));
const outcomes = content.filter((e) => e.kind === 'outcomes').map((e) => e.fileId!);
const pages = builtPages();
const caseLinks = (path: string) => [...parsePage(path).querySelectorAll('main .cards a')].map((a) => a.getAttribute('href')!.replace(/^\/cases\/|\/$/g, '')).sort();

describe('the case library', () => {
  it('has at least 30 cases, each with its own page', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(pages).toContain(`/cases/${c.id}/`);
  });

  it('covers every quiz outcome, situation and payment method at least once', () => {
    expect(outcomes.filter((o) => !cases.some((c) => c.data.outcome === o))).toEqual([]);
    expect(situations.filter((s) => !cases.some((c) => c.data.situation === s))).toEqual([]);
    expect(payments.filter((p) => !cases.some((c) => c.data.payment === p))).toEqual([]);
    expect(new Set(cases.map((c) => c.data.result)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s links its outcome and chapters, and says when it is a composite', (id, c) => {
    const doc = parsePage(`/cases/${id}/`);
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/check/result/${c.data.outcome}/`);
    for (const ch of c.data.chapters) expect(hrefs).toContain(`/guide/${ch}/`);
    if (c.data.source === 'composite') expect(doc.querySelector('main')!.textContent).toContain('综合案例');
    for (const section of ['经过', '关键证据', '走了哪条路', '结果', '可以学到什么']) {
      expect([...doc.querySelectorAll('main h2')].map((h) => h.textContent), section).toContain(section);
    }
  });

  it('index lists every case', () => {
    expect(caseLinks('/cases/')).toEqual(cases.map((c) => c.id).sort());
  });

  it('each filter page lists exactly the matching cases, and the filter links show their counts', () => {
    const index = parsePage('/cases/');
    const facets: [string, readonly string[], (v: string) => string, (c: Case) => string][] = [
      ['situation', situations, (v) => v, (c) => c.data.situation],
      ['payment', payments, (v) => v, (c) => c.data.payment],
      ['result', results, (v) => resultSlugs[v as keyof typeof resultSlugs], (c) => c.data.result],
    ];
    let checked = 0;
    for (const [facet, values, slug, of] of facets) {
      for (const value of values) {
        const expected = cases.filter((c) => of(c) === value).map((c) => c.id).sort();
        const path = `/cases/${facet}/${slug(value)}/`;
        if (expected.length === 0) {
          expect(pages).not.toContain(path);
          continue;
        }
        expect(caseLinks(path), path).toEqual(expected);
        const link = index.querySelector(`nav.facets a[href="${path}"]`);
        expect(link?.textContent, path).toContain(`（${expected.length}）`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('each outcome page and guide chapter lists its related cases', () => {
    for (const o of outcomes) {
      const links = [...parsePage(`/check/result/${o}/`).querySelectorAll('main a[href^="/cases/"]')].map((a) => a.getAttribute('href'));
      for (const c of cases.filter((x) => x.data.outcome === o)) expect(links, o).toContain(`/cases/${c.id}/`);
    }
    const chapters = content.filter((e) => e.kind === 'guide').map((e) => e.fileId!);
    for (const g of chapters) {
      const links = [...parsePage(`/guide/${g}/`).querySelectorAll('main a[href^="/cases/"]')].map((a) => a.getAttribute('href'));
      for (const c of cases.filter((x) => x.data.chapters.includes(g))) expect(links, g).toContain(`/cases/${c.id}/`);
    }
  });

  it('publishes an Atom feed entry for every case', () => {
    const xml = readFileSync(join(DIST, 'cases/feed.xml'), 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const links = [...xml.matchAll(/<link rel="alternate" href="[^"]*\/cases\/([^/"]+)\/"\/>/g)].map((m) => m[1]).sort();
    expect(links).toEqual(cases.map((c) => c.id).sort());
  });
});
