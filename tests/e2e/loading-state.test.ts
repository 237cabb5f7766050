import { describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();
const OUTCOME = '/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=not-yet';
const PHONE = { viewport: { width: 360, height: 740 } };
const NEEDS_JS = /需要浏览器开启 JavaScript|开启 JavaScript 后/;

describe('an outcome page while its islands load', () => {
  it('disabled controls do not look live, and nothing says JavaScript is needed', async () => {
    const context = await site.browser.newContext(PHONE);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/_astro/*.js', (route: Route) => gate.then(() => route.continue()).catch(() => {}));
    const page = await context.newPage();
    await page.goto(site.origin + OUTCOME, { waitUntil: 'commit' });
    await page.locator('#save-heading').waitFor();
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    const copy = page.getByRole('button', { name: '复制全文' });
    expect(await copy.isDisabled()).toBe(true);
    const look = await copy.evaluate((b) => {
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, cursor: s.cursor };
    });
    // Not the live button's blue (--accent, #0b57d0).
    expect(look.background).not.toBe('rgb(11, 87, 208)');
    expect(look.cursor).toBe('not-allowed');
    release();
    await context.close();
  });

  it('once loaded, the buttons are live and still nothing says JavaScript is needed', async () => {
    const context = await site.browser.newContext(PHONE);
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(site.origin + OUTCOME);
    await page.locator('#save-heading').scrollIntoViewIfNeeded();
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('field-name') as HTMLInputElement | null)?.disabled);
    await page.waitForFunction(() => !(document.getElementById('save-name') as HTMLInputElement | null)?.disabled);
    expect(await page.getByRole('button', { name: '复制全文' }).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(11, 87, 208)');
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('without JavaScript it says so', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + OUTCOME);
    expect(await page.locator('main').innerText()).toMatch(/开启 JavaScript 后/);
    expect(await page.locator('main').innerText()).toMatch(/保存记录需要浏览器开启 JavaScript/);
    await context.close();
  });
});
