import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site';

const site = useSite();

/** Real reader queries and a page that must be among the first five results. */
const QUERIES: [string, string][] = [
  ['系统维护不给退款怎么办', '/guide/excuses/'],
  ['提现审核不通过', '/guide/withdrawal-scams/'],
  ['信用卡拒付', '/guide/payment/'],
  ['要交保证金才能提现', '/guide/withdrawal-scams/'],
  ['平台说注单异常不给出款', '/guide/withdrawal-scams/'],
  ['注单异常', '/check/result/gambling/'],
  ['有人说能帮我追回被骗的钱', '/guide/recovery-scams/'],
  ['商家联系不上了', '/check/result/merchant-gone/'],
  ['证据怎么保存', '/guide/evidence/'],
  ['12315怎么投诉', '/check/result/complaint-12315/'],
  ['投诉和举报有什么区别', '/guide/complaint-12315/'],
  ['航班取消退票', '/check/result/flight/'],
  ['培训课程退费', '/guide/special-cases/'],
  ['押金', '/check/result/deposit/'],
  ['刷单', '/cases/task-rebate-stop-paying/'],
  ['调解', '/guide/mediation/'],
  ['止付', '/check/result/fraud-urgent/'],
  ['赌博', '/check/result/gambling/'],
  ['解冻费', '/guide/withdrawal-scams/'],
  ['黑客追款', '/guide/recovery-scams/'],
  ['最终解释权', '/guide/excuses/'],
  ['平台介入', '/guide/platform/'],
  ['自动续费', '/guide/special-cases/'],
  ['96110', '/check/result/scam-check/'],
  ['12326', '/check/result/flight/'],
  ['12363', '/guide/payment/'],
  ['12300', '/check/result/telecom/'],
  ['小额诉讼', '/guide/lawsuit/'],
  ['支付令', '/guide/lawsuit/'],
  ['互联网法院', '/guide/lawsuit/'],
  ['反电信网络诈骗法', '/guide/withdrawal-scams/'],
  ['电子商务法', '/guide/platform/'],
  ['时限', '/guide/deadlines/'],
];

describe('Chinese search over the built index', () => {
  it(`finds the expected page in the top 5 for ${QUERIES.length} reader queries`, { timeout: 120_000 }, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(25);
    const page = await site.browser.newPage();
    const misses: string[] = [];
    for (const [query, expected] of QUERIES) {
      // Through the search page itself, as a reader would: the query in the URL.
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('.results, .search section h2');
      const urls = await page.$$eval('.results > li > a', (links) => links.slice(0, 5).map((a) => a.getAttribute('href')));
      if (!urls.includes(expected)) misses.push(`${query} → expected ${expected}, got ${urls.join(' ') || 'nothing'}`);
    }
    await page.close();
    expect(misses).toEqual([]);
  });
});
