import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load';
import { payments, resultSlugs, results, situations } from '../../src/schemas/case';
import { builtPages, DIST, parsePage } from '../helpers/dist';
import { ROOT } from '../helpers/tree';

interface Case {
  id: string;
  data: {
    situation: string;
    payment?: string;
    result: keyof typeof resultSlugs;
    outcome: string;
    chapters: string[];
    source: string;
    sourceBody?: string;
    sourceDate?: string;
    sourceKind?: string;
  };
}
const content = loadContent(ROOT).entries;
const cases: Case[] = content.filter((e) => e.kind === 'cases').map((e) => ({ id: e.fileId!, data: e.data as Case['data'] }));
const outcomes = content.filter((e) => e.kind === 'outcomes').map((e) => e.fileId!);
const pages = builtPages();
const linksOn = (path: string) => [...parsePage(path).querySelectorAll('main .cards a')].map((a) => a.getAttribute('href')!.replace(/^\/cases\/|\/$/g, ''));
/** A list's pages in order: the list itself, then /page/2/, /page/3/ … as built. */
const listPages = (path: string) => [
  path,
  ...pages.filter((p) => p.startsWith(`${path}page/`)).sort((a, b) => Number(a.split('/').at(-2)) - Number(b.split('/').at(-2))),
];
/** Every case a list shows across all its pages, in page order. */
const listed = (path: string) => listPages(path).flatMap(linksOn);
const caseLinks = (path: string) => listed(path).sort();
const kindOf = (c: Case) => (c.data.source === 'composite' ? 'composite' : 'public');
const publicCases = cases.filter((c) => kindOf(c) === 'public');

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

  it.each(cases.map((c) => [c.id, c] as const))('%s links its outcome and chapters, and says whether it is a composite or a public case', (id, c) => {
    const doc = parsePage(`/cases/${id}/`);
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(`/check/result/${c.data.outcome}/`);
    for (const ch of c.data.chapters) expect(hrefs).toContain(`/guide/${ch}/`);
    const main = doc.querySelector('main')!;
    if (kindOf(c) === 'composite') {
      expect(main.textContent).toContain('综合案例');
      expect(main.textContent).not.toContain('公开案例：');
    } else {
      // A public case says so, names who published it and when, and links the report.
      expect(main.querySelector('.box')!.textContent).toContain('这是一个公开案例');
      expect(main.querySelector('.box')!.textContent).toContain(c.data.sourceBody);
      expect(main.querySelector('.box')!.textContent).toContain(c.data.sourceDate);
      expect(hrefs).toContain(c.data.source);
      // 公开发布 only where the body itself published the case; a repost or a report says so.
      const banner = main.querySelector('.box')!.textContent!;
      expect(banner.includes('公开发布的案例整理'), id).toBe(c.data.sourceKind !== 'report');
      if (c.data.sourceKind === 'repost') expect(banner).toContain('下面的链接是转载或媒体报道，不是发布机构自己的页面');
      if (c.data.sourceKind === 'report') expect(banner).toContain('不是该机构自己公开发布的案例');
    }
    for (const section of ['经过', '关键证据', '走了哪条路', '结果', '可以学到什么']) {
      expect(
        [...doc.querySelectorAll('main h2')].map((h) => h.textContent),
        section,
      ).toContain(section);
    }
  });

  it('has at least 12 public cases, each built on its own https report', () => {
    expect(publicCases.length).toBeGreaterThanOrEqual(12);
    for (const c of publicCases) {
      expect(new URL(c.data.source).protocol, c.id).toBe('https:');
      expect(c.data.sourceBody, c.id).toBeTruthy();
      expect(c.data.sourceDate, c.id).toBeTruthy();
    }
    const sources = publicCases.map((c) => c.data.source);
    expect(sources.filter((s, i) => sources.indexOf(s) !== i)).toEqual([]);
  });

  it('index pages list every case exactly once, at most 20 a page, each card saying its kind', () => {
    const index = listPages('/cases/');
    expect(index.length).toBe(Math.ceil(cases.length / 20));
    for (const path of index) {
      expect(linksOn(path).length, path).toBeLessThanOrEqual(20);
      for (const card of parsePage(path).querySelectorAll('main .card')) expect(card.querySelector('.kind')?.textContent).toMatch(/^(公开案例|综合案例)$/);
    }
    const all = listed('/cases/');
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('pages link to each other with previous, next and page numbers, marking the current page', () => {
    const index = listPages('/cases/');
    expect(index.length).toBeGreaterThan(1);
    index.forEach((path, i) => {
      const nav = parsePage(path).querySelector('main nav.pages')!;
      expect(nav.getAttribute('aria-label'), path).toBe('分页');
      const links = [...nav.querySelectorAll('a')];
      const href = (text: string) => links.find((a) => a.textContent === text)?.getAttribute('href');
      expect(href('上一页'), path).toBe(i > 0 ? index[i - 1] : undefined);
      expect(href('下一页'), path).toBe(i < index.length - 1 ? index[i + 1] : undefined);
      const current = nav.querySelector('a[aria-current="page"]')!;
      expect([current.textContent, current.getAttribute('href'), current.getAttribute('aria-label')]).toEqual([String(i + 1), path, `第 ${i + 1} 页`]);
      for (const [n, p] of index.entries()) expect(href(String(n + 1)), path).toBe(p);
    });
    // A list that fits on one page has no pager.
    const small = parsePage('/cases/kind/public/');
    expect(small.querySelector('main nav.pages')).toBeNull();
  });

  it('each filter page lists exactly the matching cases, and the filter links show their counts', () => {
    const index = parsePage('/cases/');
    const facets: [string, readonly string[], (v: string) => string, (c: Case) => string | undefined][] = [
      ['kind', ['public', 'composite'], (v) => v, kindOf],
      ['situation', situations, (v) => v, (c) => c.data.situation],
      ['payment', payments, (v) => v, (c) => c.data.payment],
      ['result', results, (v) => resultSlugs[v as keyof typeof resultSlugs], (c) => c.data.result],
    ];
    let checked = 0;
    for (const [facet, values, slug, of] of facets) {
      for (const value of values) {
        const expected = cases
          .filter((c) => of(c) === value)
          .map((c) => c.id)
          .sort();
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
    // Filters that span pages keep the rest on /page/2/ and later.
    expect(listPages('/cases/kind/composite/').length).toBe(Math.ceil(cases.filter((c) => kindOf(c) === 'composite').length / 20));
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
