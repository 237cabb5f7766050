import { describe, expect, it } from 'vitest';
import { facetValues } from '../../src/lib/cases/facets';
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
    const v = facetValues(cases, (c) => c.result, ['全额退回', '未退回'], (r) => (r === '全额退回' ? 'full' : 'none'));
    expect(v.map((x) => `${x.slug}:${x.cases.length}`)).toEqual(['full:1', 'none:2']);
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
      entries: [{ id: 'https://x.example/cases/a/', url: 'https://x.example/cases/a/', title: '<标题>', summary: '"引号" & \'单引号\'', updated: '2026-11-24' }],
    });
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>&lt;标题&gt;</title>');
    expect(xml).toContain('<summary>&quot;引号&quot; &amp; &apos;单引号&apos;</summary>');
    expect(xml).toContain('<updated>2026-11-24T00:00:00+08:00</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });
});
