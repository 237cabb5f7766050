import { describe, expect, it } from 'vitest';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();

describe('the search page in Chromium', () => {
  it('typing a query shows titled, typed, highlighted results and puts the query in the URL', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors, requests } = await watchedPage(context);
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search section h2');
    await page.locator('#search-q').fill('小额诉讼');
    await page.locator('#search-q').press('Enter');
    await page.waitForSelector('.results > li');
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('小额诉讼')}`);
    const first = page.locator('.results > li').first();
    expect(await first.locator('a').textContent()).toBeTruthy();
    expect(await page.locator('.results .tag').first().textContent()).toMatch(/指南|案例|自测结果/);
    expect(await page.locator('.results mark').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((u) => new URL(u).origin !== site.origin)).toEqual([]);
    await context.close();
  });

  it('filters by type, and the URL round trip and back button restore the search', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
    await page.waitForSelector('.results > li');
    const all = await page.locator('.results > li').count();
    await page.getByRole('radio', { name: '案例' }).check();
    await page.waitForURL(/type=/);
    await page.waitForFunction(() => [...document.querySelectorAll('.results .tag')].every((t) => t.textContent === '案例'));
    const cases = await page.locator('.results > li').count();
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBeLessThan(all);
    // A shared link restores query and filter.
    const shared = page.url();
    const other = await site.browser.newPage();
    await other.goto(shared);
    await other.waitForSelector('.results > li');
    expect(await other.locator('#search-q').inputValue()).toBe('押金');
    expect(await other.getByRole('radio', { name: '案例' }).isChecked()).toBe(true);
    await other.close();
    // Back returns to the unfiltered search.
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('type='));
    await page.waitForFunction((n) => document.querySelectorAll('.results > li').length === n, all);
    expect(await page.getByRole('radio', { name: '全部' }).isChecked()).toBe(true);
    await page.close();
  });

  it('header search box submits to the search page without JavaScript, which says search needs it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/guide/`);
    await page.locator('#site-search').fill('押金');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const text = await page.locator('main').textContent();
    expect(text).toContain('搜索需要浏览器开启 JavaScript');
    expect(await page.locator('main a[href="/guide/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/cases/"]').count()).toBe(1);
    await context.close();
  });

  it('says so and links the guide and cases when the index cannot load', async () => {
    const context = await site.browser.newContext();
    await context.route('**/pagefind/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
    await page.waitForSelector('[role="alert"]');
    expect(await page.locator('[role="alert"]').textContent()).toContain('搜索暂时无法加载');
    expect(await page.locator('[role="alert"] a[href="/guide/"]').count()).toBe(1);
    await context.close();
  });

  it('can be used with the keyboard only', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search section h2');
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('调解');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.results > li a');
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.closest('.results') !== null)); i++) await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });

  it('no other page loads search JavaScript', async () => {
    const context = await site.browser.newContext();
    const { page, requests } = await watchedPage(context);
    await page.goto(`${site.origin}/guide/evidence/`);
    await page.locator('#site-search').focus();
    await page.waitForTimeout(200);
    expect(requests.filter((u) => u.includes('/pagefind/') || u.endsWith('.js'))).toEqual([]);
    await context.close();
  });
});
