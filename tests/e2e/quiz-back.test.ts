import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();
const PHONE = { viewport: { width: 360, height: 740 } };
const back = (page: import('playwright-core').Page) => page.locator('#quiz a.back');

describe('上一步 on question pages', () => {
  it('with the island: leads to the question answered last, that answer selected', async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/check/q/asked-merchant/#redflags=none&situation=platform`);
    await page.waitForFunction(() => document.querySelector('.quiz[data-tree="ready"]') !== null);
    await back(page).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '你的钱是在哪里卡住的？');
    expect(new URL(page.url()).pathname).toBe('/check/q/situation/');
    expect(await page.locator('.options a[aria-current="true"]').textContent()).toContain('电商平台购物');
    // And once more, to the first question; there it is gone.
    await back(page).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('先排除诈骗'));
    expect(await back(page).isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('before the island loads: shown from first paint with the same address; the first question has none', async () => {
    const context = await site.browser.newContext(PHONE);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const hold = (route: Route) => gate.then(() => route.continue()).catch(() => {});
    await context.route('**/_astro/*.js', hold);
    await context.route('**/check/tree.json', hold);
    const page = await context.newPage();
    await page.goto(`${site.origin}/check/q/asked-merchant/#redflags=none&situation=platform`, { waitUntil: 'commit' });
    await back(page).waitFor({ state: 'visible' });
    expect(await back(page).getAttribute('href')).toBe('/check/q/situation/#redflags=none&situation=platform');
    await page.goto(`${site.origin}/check/q/redflags/`, { waitUntil: 'commit' });
    await page.locator('#quiz .options a').first().waitFor();
    expect(await back(page).isVisible()).toBe(false);
    release();
    await context.close();
  });

  it('without JavaScript it is not shown (the browser goes back)', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/check/q/asked-merchant/#redflags=none&situation=platform`);
    expect(await back(page).isVisible()).toBe(false);
    await context.close();
  });
});

describe('你的回答 on outcome pages', () => {
  it('sits within the first three screens at 360×740, with its 修改 links', async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(
      `${site.origin}/check/result/payment-dispute/#redflags=none&situation=digital&digital-kind=digital&asked-merchant=refused&asked-platform=failed&tried=nothing&payment-method=credit-card`,
    );
    await page.waitForFunction(() => document.querySelectorAll('.answers dd').length === 7);
    const top = await page.locator('.answers').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(3 * 740);
    expect(await page.locator('.answers a', { hasText: '修改' }).count()).toBe(7);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
