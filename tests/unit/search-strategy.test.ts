import { describe, expect, it } from 'vitest';
import { ENOUGH, searchStrategy } from '../../src/lib/search/strategy';
import { MAX_QUERY, type Ranked } from '../../src/lib/search/terms';
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
const segment = (text: string) => text.split(' ').filter(Boolean).map((segment) => ({ segment, isWordLike: true }));
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

  it('searches nothing for an empty or question-word-only query, and at most MAX_QUERY characters', async () => {
    const { run, asked } = index({});
    expect(await searchStrategy('怎么办', run, options)).toEqual([]);
    expect(asked).toEqual([]);
    await searchStrategy('退 '.repeat(5000), run, options);
    expect(asked[0]!.length).toBeLessThanOrEqual(MAX_QUERY);
    expect(asked.length).toBeLessThanOrEqual(1 + 16);
  });
});
