import { describe, expect, it } from 'vitest';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();

const h1 = (page: import('playwright-core').Page) => page.locator('h1').textContent();
// The island changes the URL first and renders just after: wait for the render, not the URL.
const focusedHeading = (page: import('playwright-core').Page, text: string) =>
  page.waitForFunction((t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === t, text);
// Hydrated, with the tree fetched (/check/tree.json): moves happen in the page from here on.
const islandReady = (page: import('playwright-core').Page) => page.waitForFunction(() => document.querySelector('.quiz[data-tree="ready"]') !== null);
const openHydrated = async (page: import('playwright-core').Page, path: string) => {
  await page.goto(site.origin + path);
  await islandReady(page);
};
const heading = (page: import('playwright-core').Page, text: string) => page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, text);

describe('the quiz in Chromium', () => {
  it('clicks through to an outcome with JavaScript on, without a request while answering', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors, requests } = await watchedPage(context);
    await page.goto(`${site.origin}/check/`);
    await page.getByRole('link', { name: '开始' }).click();
    await page.waitForURL('**/check/q/redflags/');
    await islandReady(page);
    const before = requests.length;
    await page.getByRole('link', { name: '都没有' }).click();
    await page.waitForURL('**/check/q/situation/#redflags=none');
    await page.getByRole('link', { name: /电商平台购物/ }).click();
    await page.waitForURL('**/check/q/asked-merchant/#redflags=none&situation=platform');
    await page.getByRole('heading', { name: '你的回答' }).waitFor();
    expect(requests.length, `requests while answering: ${requests.slice(before).join(', ')}`).toBe(before);
    await page.getByRole('link', { name: /还没有，或者只打过电话/ }).click();
    await page.waitForURL('**/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=not-yet');
    await page.waitForSelector('.answers dd');
    expect(await page.locator('.answers dd').count()).toBe(3);
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((u) => new URL(u).origin !== site.origin)).toEqual([]);
    await context.close();
  });

  it('works with JavaScript off: plain links from the start page to an outcome', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/check/`);
    await page.getByRole('link', { name: '开始' }).click();
    await page.getByRole('link', { name: '有人说能帮我追回被骗的钱，但要先收费' }).click();
    await page.waitForURL('**/check/result/recovery-scam/**');
    expect(await h1(page)).toBeTruthy();
    expect(await page.locator('main').textContent()).toContain('110');
    await context.close();
  });

  it('can be answered with the keyboard only, and focus moves to each new question', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openHydrated(page, '/check/q/redflags/');
    // Tab from the top of the page until the 都没有 option has focus, then press Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === '都没有') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL('**/check/q/situation/**');
    await focusedHeading(page, '你的钱是在哪里卡住的？');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('电商平台购物');
    // On to an outcome with the keyboard alone: Enter on the focused option, then Tab, Enter.
    await page.keyboard.press('Enter');
    await page.waitForURL('**/check/q/asked-merchant/**');
    await focusedHeading(page, '你有没有用文字（聊天记录、站内信、邮件）向商家明确提出退款？');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('还没有');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/check/result/merchant-demand/**');
    expect(await h1(page)).toBe('给商家发一份书面催告');
    await context.close();
  });

  it('back returns to the previous question with its answer selected; reload restores', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openHydrated(page, '/check/q/redflags/');
    await page.getByRole('link', { name: '都没有' }).click();
    await page.waitForURL('**/check/q/situation/**');
    await page.goBack();
    await page.waitForURL('**/check/q/redflags/**');
    await heading(page, '先排除诈骗：对方有没有下面任何一种情况？');
    await page.waitForSelector('.options a[aria-current="true"]');
    expect(await page.getByRole('link', { name: '都没有' }).getAttribute('aria-current')).toBe('true');
    await page.goForward();
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.answers') !== null);
    expect(await h1(page)).toBe('你的钱是在哪里卡住的？');
    expect(await page.locator('.answers dd').textContent()).toContain('都没有');
    await context.close();
  });

  it('when the tree cannot be fetched, keeps working as plain links that carry the answers, without an alarming notice', async () => {
    const context = await site.browser.newContext();
    const { page } = await watchedPage(context);
    await context.route('**/check/tree.json', (route) => route.abort());
    const failed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/check/tree.json'));
    await page.goto(`${site.origin}/check/q/situation/#redflags=none`);
    await failed;
    // The page's own question and links were there at first paint and stay.
    expect(await h1(page)).toBe('你的钱是在哪里卡住的？');
    await page.getByRole('link', { name: /电商平台购物/ }).click();
    await page.waitForURL('**/check/q/asked-merchant/#redflags=none&situation=platform');
    expect(await h1(page)).toBe('你有没有用文字（聊天记录、站内信、邮件）向商家明确提出退款？');
    await page.getByRole('link', { name: /还没有，或者只打过电话/ }).click();
    await page.waitForURL('**/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=not-yet');
    expect(await h1(page)).toBe('给商家发一份书面催告');
    expect(await page.locator('.quiz [role="status"], .box.warn').count()).toBe(0);
    expect(await page.locator('.quiz[data-tree]').count()).toBe(0);
    await context.close();
  });

  it('restarts with a notice when the link is garbled', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/check/q/tried/#redflags=none&situation=%%%`);
    await page.waitForSelector('[role="status"]');
    expect(await h1(page)).toBe('先排除诈骗：对方有没有下面任何一种情况？');
    expect(new URL(page.url()).pathname).toBe('/check/q/redflags/');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
