import { describe, expect, it } from 'vitest';
import { ENOUGH, MAX_SYNONYMS, searchStrategy, weighRankings } from '../../src/lib/search/strategy';
import { MAX_TERMS, mergeRankings, type Ranked } from '../../src/lib/search/terms';
import { zhCN } from '../../src/i18n/zh-cn';

/** A stub index: each search word finds the pages listed for it; a whole query finds pages that have every word. */
function index(pages: Record<string, string[]>) {
  const asked: string[] = [];
  const run = async (q: string): Promise<Ranked<string>[]> => {
    asked.push(q);
    const words = q.split(' ');
    return Object.entries(pages)
      .filter(([, text]) => words.every((w) => text.some((t) => t.startsWith(w) || w.includes(t))))
      .map(([id], i) => ({ id, score: 10 - i, item: id }));
  };
  return { run, asked };
}
const segment = (text: string) =>
  text
    .split(' ')
    .filter(Boolean)
    .map((segment) => ({ segment, isWordLike: true }));
const options = { stopWords: zhCN.search.stopWords, synonyms: [['倒闭', '跑路', '关门']], segment };

describe('searchStrategy', () => {
  it('asks once when the whole query finds enough pages', async () => {
    const pages = Object.fromEntries(Array.from({ length: ENOUGH }, (_, i) => [`p${i}`, ['押金', '退']]));
    const { run, asked } = index(pages);
    const found = await searchStrategy('押金 退', run, options);
    expect(found.map((r) => r.id)).toEqual(['p0', 'p1', 'p2']);
    expect(asked).toEqual(['押金 退']);
  });

  it('asks word by word and for synonyms when the whole query finds too little, whole-query pages first', async () => {
    const { run, asked } = index({ gym: ['健身房', '跑路'], shop: ['商家', '关门'], both: ['健身房', '倒闭', '卡里'], none: ['航班'] });
    const found = await searchStrategy('健身房 倒闭 卡里', run, options);
    expect(found[0]!.id).toBe('both');
    expect(found.map((r) => r.id)).toEqual(['both', 'gym', 'shop']);
    expect(asked).toEqual(expect.arrayContaining(['健身房 倒闭 卡里', '健身房', '倒闭', '卡里', '跑路', '关门']));
  });

  it('does not ask for synonyms of words the query does not use', async () => {
    const { run, asked } = index({ a: ['航班'] });
    await searchStrategy('航班 取消', run, options);
    expect(asked).not.toContain('跑路');
  });

  it('searches nothing for an empty or question-word-only query, and at most MAX_TERMS words one by one', async () => {
    const { run, asked } = index({});
    expect(await searchStrategy('怎么办', run, options)).toEqual([]);
    expect(asked).toEqual([]);
    await searchStrategy(Array.from({ length: 100 }, (_, i) => `词${i}`).join(' '), run, options);
    expect(asked.length).toBeLessThanOrEqual(1 + MAX_TERMS + MAX_SYNONYMS);
  });

  it('searches the one meaningful word alone when the whole query (with a typo) finds nothing', async () => {
    const { run, asked } = index({ deposit: ['押金'] });
    const found = await searchStrategy('押金 不推', run, options);
    expect(found.map((r) => r.id)).toEqual(['deposit']);
    expect(asked).toContain('押金');
  });

  it('searches at most MAX_SYNONYMS synonyms, however large the group', async () => {
    const { run, asked } = index({ a: ['淘宝'] });
    await searchStrategy('唯品会 退款', run, { ...options, synonyms: [['唯品会', '淘宝', '拼多多', '京东', '网购', '网店', '电商']] });
    expect(asked.filter((q) => ['淘宝', '拼多多', '京东', '网购', '网店', '电商'].includes(q))).toEqual(['淘宝', '拼多多', '京东'].slice(0, MAX_SYNONYMS));
    expect(MAX_SYNONYMS).toBeLessThan(6);
  });
});

describe('weighRankings: the main subject outranks a side word', () => {
  const r = (id: string, score: number): Ranked<string> => ({ id, score, item: id });
  it('a page about a rare word beats pages that mention it and every common word once', () => {
    // 翡翠手镯 is on 3 of 60 pages (one is about it); 直播 and 商家 are on most.
    const common = Array.from({ length: 50 }, (_, i) => r(`p${i}`, 1));
    const ranked = weighRankings([], [[r('jewel', 10), r('p1', 1), r('p2', 1)], [...common], [...common]], [], 60);
    expect(ranked[0]!.id).toBe('jewel');
    // Counted by hits alone (mergeRankings), p1 and p2 would come first.
    expect(mergeRankings([[r('jewel', 10), r('p1', 1), r('p2', 1)], [...common], [...common]])[0]!.id).not.toBe('jewel');
  });
  it('a page matching the whole query gets a bonus over one matching the same words apart', () => {
    const ranked = weighRankings(
      [r('both', 1)],
      [
        [r('both', 1), r('one', 1)],
        [r('both', 1), r('one', 1)],
      ],
      [],
      60,
    );
    expect(ranked.map((x) => x.id)).toEqual(['both', 'one']);
  });
});
