import { describe, expect, it } from 'vitest';
import { mergeRankings, queryTerms as terms } from '../../src/lib/search/terms';
import { zhCN } from '../../src/i18n/zh-cn';

const queryTerms = (q: string, segment?: (t: string) => string[]) => terms(q, zhCN.search.stopWords, segment);

describe('queryTerms', () => {
  it('keeps the meaningful words of a Chinese sentence', () => {
    const terms = queryTerms('商家联系不上了怎么办');
    expect(terms).toContain('商家');
    expect(terms).toContain('联系');
    expect(terms).not.toContain('了');
    expect(terms).not.toContain('怎么办');
  });
  it('uses the segmenter it is given, drops punctuation and repeats', () => {
    expect(queryTerms('押金，押金？退', (t) => t.split(/(?=[，？])|(?<=[，？])/))).toEqual(['押金', '退']);
  });
  it('returns nothing for an empty or all-stopword query', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('怎么办', () => ['怎么办'])).toEqual([]);
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
