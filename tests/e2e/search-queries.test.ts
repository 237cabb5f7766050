import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site';
import { SEARCH_QUERIES } from './search-queries';

const site = useSite();

describe('reader queries through the search page', () => {
  it(`puts an expected page in the top 5 for ${SEARCH_QUERIES.length} reader queries`, { timeout: 300_000 }, async () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(80);
    // One page, query after query, typed into the search box as a reader would.
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search[data-state="idle"]');
    const misses: string[] = [];
    for (const [query, expected] of SEARCH_QUERIES) {
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      await page.waitForFunction((q) => {
        const el = document.querySelector<HTMLElement>('.search');
        return el?.dataset.query === q.trim().toLowerCase() && (el.dataset.state === 'ready' || el.dataset.state === 'failed');
      }, query);
      const urls = await page.$$eval('.results > li > a', (links) => links.slice(0, 5).map((a) => a.getAttribute('href')));
      if (!expected.some((e) => urls.includes(e))) misses.push(`${query} → expected ${expected.join(' or ')}, got ${urls.join(' ') || 'nothing'}`);
    }
    await page.close();
    expect(misses).toEqual([]);
  });
});
