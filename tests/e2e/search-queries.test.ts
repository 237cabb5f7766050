import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site';
import { ASSERTED, LONG_PASTES, NEW_QUERIES, NOT_IN_TOP, URGENT_QUERIES } from './search-queries';

const site = useSite();
const URGENT = '/check/result/fraud-urgent/';

/** Types a query into the search box as a reader would and waits for this search (not the last one) to finish. */
async function searchFor(page: Page, query: string): Promise<void> {
  const before = await page.locator('.search').getAttribute('data-done');
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction((b) => {
    const el = document.querySelector<HTMLElement>('.search');
    return el?.dataset.done !== b && (el?.dataset.state === 'ready' || el?.dataset.state === 'failed');
  }, before);
}

describe('reader queries through the search page', () => {
  it(`puts an expected page in the top 5 for ${ASSERTED.length} reader queries`, { timeout: 400_000 }, async () => {
    expect(ASSERTED.length).toBeGreaterThanOrEqual(130);
    expect(NEW_QUERIES.length + LONG_PASTES.length + URGENT_QUERIES.length).toBeGreaterThanOrEqual(40);
    // One page, query after query.
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search[data-state="idle"]');
    const misses: string[] = [];
    for (const [query, expected] of ASSERTED) {
      await searchFor(page, query);
      const urls = await page.$$eval('.results > li > a', (links) => links.slice(0, 5).map((a) => a.getAttribute('href')));
      if (!expected.some((e) => urls.includes(e))) misses.push(`${query.slice(0, 40)} → expected ${expected.join(' or ')}, got ${urls.join(' ') || 'nothing'}`);
    }
    await page.close();
    expect(misses).toEqual([]);
  });

  it('keeps pages that share only a side word or a piece of a number off the top', { timeout: 60_000 }, async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search[data-state="idle"]');
    const wrong: string[] = [];
    for (const [query, pages, within] of NOT_IN_TOP) {
      await searchFor(page, query);
      const urls = await page.$$eval('.results > li > a', (links, n) => links.slice(0, n).map((a) => a.getAttribute('href')), within);
      for (const p of pages) if (urls.includes(p)) wrong.push(`${query} → ${p}`);
    }
    await page.close();
    expect(wrong).toEqual([]);
  });

  it(`puts the urgent fraud outcome first, with buttons to call 110 and 96110, for ${URGENT_QUERIES.length} stories of money just sent`, {
    timeout: 120_000,
  }, async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search[data-state="idle"]');
    const wrong: string[] = [];
    for (const query of URGENT_QUERIES) {
      await searchFor(page, query);
      const first = await page.evaluate(() => {
        const card = document.querySelector('.answer');
        // Nothing of the results comes before the card.
        const before =
          card && document.querySelector('.results')
            ? Boolean(card.compareDocumentPosition(document.querySelector('.results')!) & Node.DOCUMENT_POSITION_PRECEDING)
            : false;
        return {
          href: card?.querySelector('h2 a')?.getAttribute('href'),
          tel: [...(card?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href')),
          before,
        };
      });
      if (first.href !== URGENT || first.tel.join() !== 'tel:110,tel:96110' || first.before) wrong.push(`${query.slice(0, 30)} → ${JSON.stringify(first)}`);
    }
    // A scam word alone, with no money sent, still leads to the stop-paying outcome.
    await searchFor(page, '平台说要交解冻费才能提现');
    expect(await page.locator('.answer h2 a').getAttribute('href')).toBe('/check/result/fraud-stop/');
    expect(await page.locator('.answer a[href^="tel:"]').count()).toBe(0);
    await page.close();
    expect(wrong).toEqual([]);
  });
});
