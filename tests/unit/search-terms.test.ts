import { describe, expect, it } from 'vitest';
import { capQuery, MAX_QUERY, mergeRankings, queryTerms as terms, stripStopWords } from '../../src/lib/search/terms';
import { zhCN } from '../../src/i18n/zh-cn';

const stop = zhCN.search.stopWords;
/** Splits as the browser's segmenter does: known words and Latin or digit runs whole, other Chinese one character each. */
const icu = (known: string[]) => (text: string) => {
  const out: { segment: string; isWordLike: boolean }[] = [];
  for (let i = 0; i < text.length; ) {
    const w = known.find((k) => text.startsWith(k, i)) ?? /^[a-z0-9]+/i.exec(text.slice(i))?.[0] ?? text[i]!;
    out.push({ segment: w, isWordLike: /[\p{L}\p{N}]/u.test(w) });
    i += w.length;
  }
  return out;
};
const queryTerms = (q: string, known: string[] = []) => terms(q, stop, icu(known));

describe('queryTerms', () => {
  it('keeps the meaningful words of a sentence and drops question words and particles', () => {
    expect(queryTerms('商家跑路了怎么办', ['商家', '跑路'])).toEqual(['商家', '跑路']);
  });
  it('turns runs of single characters into overlapping pairs, which match the index by prefix', () => {
    expect(queryTerms('闲鱼卖家', [])).toEqual(['闲鱼', '鱼卖', '卖家']);
    expect(queryTerms('提现审核不通过', ['审核', '通过'])).toEqual(['提现', '审核', '通过']);
  });
  it('keeps a brand name whose characters are stop words on their own (饿了么)', () => {
    expect(queryTerms('饿了么退款', ['退款'])).toEqual(['饿了', '了么', '退款']);
  });
  it('drops a lone character when there are other words, keeps it when it is all there is', () => {
    expect(queryTerms('解冻费', ['解冻'])).toEqual(['解冻']);
    expect(queryTerms('押', [])).toEqual(['押']);
  });
  it('keeps numbers and Latin words, lower-cased, without repeats or punctuation', () => {
    expect(queryTerms('12315，12315？App', [])).toEqual(['12315', 'app']);
  });
  it('returns nothing for an empty or all-stopword query', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('怎么办')).toEqual([]);
  });
});

describe('capQuery and stripStopWords', () => {
  it('cuts a pasted text to MAX_QUERY characters', () => {
    expect([...capQuery('退'.repeat(10_000))].length).toBe(MAX_QUERY);
    expect(capQuery('  ABC ')).toBe('abc');
  });
  it('removes question words, longest first, leaving the rest for Pagefind', () => {
    expect(stripStopWords('系统维护不给退款怎么办', stop)).toBe('系统维护不给退款');
    expect(stripStopWords('为什么 怎么办', stop)).toBe('');
  });
});

describe('mergeRankings', () => {
  it('puts pages matching more words first, then higher total score', () => {
    const merged = mergeRankings([
      [{ id: 'a', score: 5, item: 'A' }, { id: 'b', score: 1, item: 'B' }],
      [{ id: 'b', score: 1, item: 'B' }, { id: 'c', score: 9, item: 'C' }],
    ]);
    expect(merged.map((m) => m.id)).toEqual(['b', 'c', 'a']);
    expect(merged[0]!.score).toBe(2);
  });
});
