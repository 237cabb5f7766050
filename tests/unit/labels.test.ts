import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-cn';
import { lawLine } from '../../src/lib/content/labels';
import { payments, resultSlugs, results, situations } from '../../src/schemas/case';

// The label maps are typed against the schema enums (a missing label is a type error in
// `npm run check`); this also catches an empty label, which the type allows.
describe('labels for every value the case schema allows', () => {
  it.each(situations)('situation %s', (v) => expect(zhCN.situations[v].trim()).not.toBe(''));
  it.each(payments)('payment %s', (v) => expect(zhCN.payments[v].trim()).not.toBe(''));
  it.each(results)('result %s has a filter-page slug', (v) => expect(resultSlugs[v]).toMatch(/^[a-z][a-z-]*$/));
});

describe('lawLine', () => {
  it('reads label, then summary, as a letter quotes a law', () => {
    expect(lawLine({ law: '消费者权益保护法', article: '第二十四条', summary: '不符合质量要求的，可以退货。' })).toBe(
      '《消费者权益保护法》第二十四条：不符合质量要求的，可以退货。',
    );
  });
});
