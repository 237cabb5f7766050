import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();

/**
 * Built-ins newer than the browser floor (Chrome 79, iOS Safari 13; README, Choices), removed
 * before any page script runs: what a phone at the floor lacks. (Newer syntax cannot be
 * removed from Chromium; tests/site/browser-floor.test.ts checks the shipped code for it.)
 */
function removeNewerBuiltins() {
  const drop = (owner: object, name: string) => {
    delete (owner as Record<string, unknown>)[name];
  };
  drop(Object, 'hasOwn');
  drop(Object, 'groupBy');
  drop(Array.prototype, 'at');
  drop(String.prototype, 'at');
  drop(Array.prototype, 'findLast');
  drop(Array.prototype, 'findLastIndex');
  drop(Array.prototype, 'toSorted');
  drop(Array.prototype, 'toReversed');
  drop(String.prototype, 'replaceAll');
  drop(globalThis, 'structuredClone');
  drop(globalThis, 'WeakRef');
  drop(globalThis, 'AggregateError');
  drop(Promise, 'any');
  drop(AbortSignal, 'timeout');
  drop(Element.prototype, 'replaceChildren');
  drop(Intl, 'Segmenter');
  drop(Intl, 'RelativeTimeFormat');
  drop(Intl, 'ListFormat');
  drop(Crypto.prototype, 'randomUUID');
}

async function floorContext(): Promise<BrowserContext> {
  const context = await site.browser.newContext();
  await context.addInitScript(removeNewerBuiltins);
  return context;
}

describe('at the browser floor (newer built-ins removed)', () => {
  it('the quiz moves in the page from the start to an outcome, with 你的回答 and the letter', async () => {
    const context = await floorContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/check/q/redflags/`);
    expect(await page.evaluate(() => 'hasOwn' in Object || 'at' in [])).toBe(false);
    await page.waitForFunction(() => document.querySelector('.quiz[data-tree="ready"]') !== null);
    await page.getByRole('link', { name: '都没有' }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '你的钱是在哪里卡住的？');
    await page.getByRole('link', { name: /电商平台购物/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.answers dd').length === 2);
    await page.getByRole('link', { name: /还没有，或者只打过电话/ }).click();
    await page.waitForURL('**/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=not-yet');
    await page.waitForFunction(() => document.querySelectorAll('.answers dd').length === 3);
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('field-name') as HTMLInputElement | null)?.disabled);
    expect(await page.locator('#letter-text').textContent()).toContain('我在电商平台上购物。');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('search finds results (Pagefind and the island without Intl.Segmenter)', async () => {
    const context = await floorContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('小额诉讼')}`);
    await page.waitForSelector('.results > li');
    expect(await page.locator('.results > li a').first().textContent()).toBeTruthy();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the notebook shows a record saved from an outcome page', async () => {
    const context = await floorContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=not-yet`);
    await page.locator('#save-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('save-name') as HTMLInputElement | null)?.disabled);
    await page.getByLabel('给这件事起个名字').fill('耳机退款');
    await page.getByRole('button', { name: '记到我的维权记录' }).click();
    await page.getByRole('status').getByText('已保存').waitFor();
    await page.goto(`${site.origin}/my/`);
    await page.locator('.record h2').waitFor();
    expect(await page.locator('.record h2').allTextContents()).toEqual(['耳机退款']);
    expect(await page.locator('.record .timeline li, .record .deadlines-list, .record .checklist li').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('below the browser floor', () => {
  it('the quiz and the notebook stay the clean no-JavaScript page, never half mounted', async () => {
    const context = await site.browser.newContext();
    // Chrome 75 / Safari 12: no Promise.allSettled.
    await context.addInitScript(() => delete (Promise as { allSettled?: unknown }).allSettled);
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/check/q/situation/#redflags=none`);
    await page.waitForLoadState('load');
    expect(await page.locator('.quiz[data-tree]').count()).toBe(0);
    // The plain link, with the early script still carrying the answers on.
    await page.getByRole('link', { name: /电商平台购物/ }).click();
    await page.waitForURL('**/check/q/asked-merchant/#redflags=none&situation=platform');
    expect(await page.locator('h1').textContent()).toContain('你有没有用文字');
    await page.goto(`${site.origin}/my/`);
    await page.waitForLoadState('load');
    // Said plainly beside where the notebook would be (src/islands/mount.ts), never half a notebook.
    expect(await page.locator('#notebook-failed').isVisible()).toBe(true);
    expect(await page.locator('.notebook').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
