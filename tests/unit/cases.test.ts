import { describe, expect, it } from 'vitest';
import { facetValues } from '../../src/lib/cases/facets';
import { caseKind } from '../../src/lib/cases/kind';
import { pageWindow, paginate, PER_PAGE } from '../../src/lib/cases/paging';
import { atomFeed } from '../../src/lib/feed';

const cases = [
  { id: 'a', situation: 'flight', payment: 'wallet', result: '全额退回' },
  { id: 'b', situation: 'platform', payment: 'wallet', result: '未退回' },
  { id: 'c', situation: 'flight', payment: 'transfer', result: '未退回' },
];

describe('facetValues', () => {
  it('groups cases by value in the schema order and leaves out values no case has', () => {
    const v = facetValues(cases, (c) => c.situation, ['platform', 'merchant', 'flight']);
    expect(v.map((x) => [x.value, x.cases.map((c) => c.id)])).toEqual([
      ['platform', ['b']],
      ['flight', ['a', 'c']],
    ]);
  });
  it('uses the slug function for URL segments', () => {
    const v = facetValues(
      cases,
      (c) => c.result,
      ['全额退回', '未退回'],
      (r) => (r === '全额退回' ? 'full' : 'none'),
    );
    expect(v.map((x) => `${x.slug}:${x.cases.length}`)).toEqual(['full:1', 'none:2']);
  });
});

describe('caseKind', () => {
  it('is composite for "composite" and public for a report URL', () => {
    expect(caseKind('composite')).toBe('composite');
    expect(caseKind('https://www.chinacourt.org/article/detail/1.shtml')).toBe('public');
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);

  it('splits a list into pages of PER_PAGE, in order, losing and repeating nothing', () => {
    const pages = paginate(items);
    expect(PER_PAGE).toBe(20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.count, p.from, p.to])).toEqual([
      [1, 3, 1, 20],
      [2, 3, 21, 40],
      [3, 3, 41, 45],
    ]);
  });

  it('gives an exact multiple no empty last page, and an empty list one empty page', () => {
    expect(paginate(items.slice(0, 40)).map((p) => p.items.length)).toEqual([20, 20]);
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], from: 0, to: 0 }]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0)).toThrow('perPage must be a positive integer, got 0');
  });
});

describe('pageWindow', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('keeps first, last and two either side of the current page, with gaps for the rest', () => {
    expect(pageWindow(1, 250)).toEqual([1, 2, 3, 'gap', 250]);
    expect(pageWindow(100, 250)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 250]);
    expect(pageWindow(250, 250)).toEqual([1, 'gap', 248, 249, 250]);
  });
  it('shows a lone skipped page instead of a gap', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });
});

describe('atomFeed', () => {
  it('escapes text and writes dates with the China time zone', () => {
    const xml = atomFeed({
      id: 'https://x.example/cases/',
      title: 'A & B',
      selfUrl: 'https://x.example/cases/feed.xml',
      siteUrl: 'https://x.example/cases/',
      updated: '2026-11-25',
      entries: [
        { id: 'https://x.example/cases/a/', url: 'https://x.example/cases/a/', title: '<标题>', summary: '"引号" & \'单引号\'', updated: '2026-11-24' },
      ],
    });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>&lt;标题&gt;</title>');
    expect(xml).toContain('<summary>&quot;引号&quot; &amp; &apos;单引号&apos;</summary>');
    expect(xml).toContain('<updated>2026-11-24T00:00:00+08:00</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});
