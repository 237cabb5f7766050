import { describe, expect, it } from 'vitest';
import {
  capQuery,
  isHotline,
  wholeQuery,
  keyWords,
  LONG_QUERY,
  MAX_KEY_WORDS,
  mergeRankings,
  queryTerms as terms,
  searchedQuery,
  stripStopWords,
} from '../../src/lib/search/terms';
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
  it('makes no pair with a particle in it (多不, 不退): it would only cost an index download', () => {
    expect(queryTerms('拼多多不退款', ['退款'])).toEqual(['拼多', '多多', '退款']);
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
  it('trims, lower-cases and collapses spaces, and cuts nothing', () => {
    expect(capQuery('  ABC  d ')).toBe('abc d');
    expect([...capQuery('退'.repeat(10_000))].length).toBe(10_000);
  });
  it('removes question words, longest first, leaving the rest for Pagefind', () => {
    expect(stripStopWords('系统维护不给退款怎么办', stop)).toBe('系统维护不给退款');
    expect(stripStopWords('为什么 怎么办', stop)).toBe('');
  });
});

describe('mergeRankings', () => {
  it('puts pages matching more words first, then higher total score', () => {
    const merged = mergeRankings([
      [
        { id: 'a', score: 5, item: 'A' },
        { id: 'b', score: 1, item: 'B' },
      ],
      [
        { id: 'b', score: 1, item: 'B' },
        { id: 'c', score: 9, item: 'C' },
      ],
    ]);
    expect(merged.map((m) => m.id)).toEqual(['b', 'c', 'a']);
    expect(merged[0]!.score).toBe(2);
  });
});

describe('a pasted text is searched by its key words', () => {
  const filler = zhCN.search.filler;
  const vocabulary = ['淘宝不退款', '财务处理中', '退货了不退钱', '押金不退', '运费'].join('|');
  const known = [
    '您好',
    '淘宝',
    '店铺',
    '买',
    '羽绒服',
    '质量',
    '问题',
    '商家',
    '同意',
    '快递',
    '签收',
    '五天',
    '可是',
    '一直',
    '退款',
    '联系',
    '客服',
    '财务',
    '处理',
    '耐心',
    '等待',
    '要求',
    '全额',
    '包括',
    '运费',
    '退货',
    '12315',
    '电话',
  ];
  const opts = { stopWords: stop, filler, vocabulary, segment: icu(known) };
  const paste = `您好，我在淘宝店铺买了羽绒服，质量有问题。商家同意退货，快递签收五天了，可是一直不退款，联系客服说财务在处理，让我耐心等待。${'我很着急'.repeat(30)}我要求全额退款，包括运费，不然打12315。`;

  it("keeps at most MAX_KEY_WORDS words, the site's words and hotlines first, in the order they appear", () => {
    const words = keyWords(paste, opts);
    expect(words.length).toBeLessThanOrEqual(MAX_KEY_WORDS);
    expect(words).toEqual(['淘宝', '退货', '退款', '12315']);
  });
  it('reads the whole text, so a demand or a hotline at its end counts', () => {
    expect(keyWords(paste, opts, 10)).toContain('12315');
    expect(keyWords(`${'商家不退款'.repeat(20_000)}押金`, opts)).toContain('押金');
  });
  it('drops filler, particles, amounts and single characters', () => {
    const words = keyWords(`${paste}我付了3800元，2026年5月`, opts, 50);
    for (const w of ['您好', '可是', '3800', '2026', '我', '了']) expect(words).not.toContain(w);
  });
  it('searches a short query as typed and a pasted text as its key words', () => {
    expect(searchedQuery('  押金不退  ', opts)).toBe('押金不退');
    expect([...paste].length).toBeGreaterThan(LONG_QUERY);
    expect(searchedQuery(paste, opts)).toBe('淘宝 退货 退款 12315');
  });
  it('knows five-digit hotlines from other numbers', () => {
    expect(['12315', '96110', '12345'].every(isHotline)).toBe(true);
    expect(['12', '345', '3800', '123456', '2026'].some(isHotline)).toBe(false);
  });
});

describe('wholeQuery: what Pagefind gets for the whole query', () => {
  const seg = icu(['拼多多', '退款', '会员卡', '饿了么', '商家']);
  it('drops particles standing alone, which Pagefind would match by prefix (不 → every word starting with 不)', () => {
    expect(wholeQuery('拼多多不退款怎么办', stop, [], seg)).toBe('拼多多退款');
  });
  it('keeps a particle inside a word, and keeps listed words whole', () => {
    expect(wholeQuery('会员卡不退', stop, [], seg)).toBe('会员卡退');
    expect(wholeQuery('饿了么商家不退', stop, ['饿了么'], icu(['商家']))).toBe('饿了么商家退');
    expect(wholeQuery('押金 不退', stop, [], seg)).toBe('押金 退');
  });
});
