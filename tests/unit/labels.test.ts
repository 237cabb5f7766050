import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/zh-cn';
import { payments, resultSlugs, results, situations } from '../../src/schemas/case';

// The label maps are typed against the schema enums (a missing label is a type error in
// `npm run check`); this also catches an empty label, which the type allows.
describe('labels for every value the case schema allows', () => {
  it.each(situations)('situation %s', (v) => expect(zhCN.situations[v].trim()).not.toBe(''));
  it.each(payments)('payment %s', (v) => expect(zhCN.payments[v].trim()).not.toBe(''));
  it.each(results)('result %s has a filter-page slug', (v) => expect(resultSlugs[v]).toMatch(/^[a-z][a-z-]*$/));
});
