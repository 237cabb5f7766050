import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../helpers/site';

// Issue 20: inside WeChat (and the like) downloads, print and the clipboard do nothing. The
// page says how to open it in the phone's browser, offers no dead button, and every export
// works as text; a failed copy is told right beside its button.
const site = useSite();
const WECHAT =
  'Mozilla/5.0 (Linux; Android 10; V2001A Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 XWEB/4317 MMWEBSDK/20220903 Mobile Safari/537.36 MMWEBID/6275 MicroMessenger/8.0.28.2240(0x28001C35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const OUTCOME = '/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=stalled&stuck-time=under-15';

/** An in-app browser as WeChat's behaves: downloads refused, print and the clipboard dead. */
async function inAppContext(): Promise<BrowserContext> {
  const context = await site.browser.newContext({ ...PHONE, userAgent: WECHAT, acceptDownloads: false });
  await context.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('not allowed')) }) });
    // The older copy command refused too (some in-app browsers allow it: see the test below).
    document.execCommand = () => false;
  });
  return context;
}

async function denyDownloads(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' });
}

async function hydrate(page: Page) {
  await page.locator('#letter-heading').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !(document.getElementById('field-name') as HTMLInputElement | null)?.disabled);
}

/** Vertical gap in px between the bottom of one element and the top of another. */
const gap = (page: Page, a: string, b: string) =>
  page.evaluate(([a, b]) => document.querySelector(b!)!.getBoundingClientRect().top - document.querySelector(a!)!.getBoundingClientRect().bottom, [a, b]);

describe('in an app’s built-in browser (WeChat)', () => {
  it('says once, near the top, how to open the page in the phone’s browser', async () => {
    const context = await inAppContext();
    const page = await context.newPage();
    await page.goto(site.origin + OUTCOME);
    const notice = page.locator('.in-app-notice');
    await notice.waitFor();
    expect(await page.locator('.in-app-notice:visible').count()).toBe(1);
    expect(await notice.textContent()).toContain('在浏览器中打开');
    const bottom = await notice.evaluate((el) => (el.getBoundingClientRect().bottom + scrollY) / innerHeight);
    expect(bottom).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('offers no dead print or download button; copying that fails is told beside the button, with the text selected', async () => {
    const context = await inAppContext();
    const page = await context.newPage();
    await denyDownloads(context, page);
    await page.goto(site.origin + OUTCOME);
    await hydrate(page);
    const letter = page.locator('.letter-section');
    expect(await letter.getByRole('button', { name: '打印这封信' }).count()).toBe(0);
    expect(await letter.getByRole('button', { name: '下载 .txt 文件' }).count()).toBe(0);
    expect(await letter.locator('.box.warn').textContent()).toContain('不能打印');

    await letter.getByRole('button', { name: '复制全文' }).click();
    const note = letter.locator('.note');
    await page.waitForFunction(() => document.querySelector('.letter-section .note')?.textContent?.includes('无法自动复制'));
    expect(await gap(page, '.letter-section .actions', '.letter-section .note')).toBeLessThanOrEqual(24);
    expect(await note.isVisible()).toBe(true);
    // The letter is selected for a long-press copy.
    const text = await page.locator('#letter-text').textContent();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(text);
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(0);
    await context.close();
  });

  it('where only the older copy command works, copying still takes the whole letter and says so', async () => {
    const context = await site.browser.newContext({ ...PHONE, userAgent: WECHAT });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('not allowed')) }) });
      const w = window as unknown as { copied: string | null };
      w.copied = null;
      document.execCommand = (command: string) => {
        if (command !== 'copy') return false;
        w.copied = getSelection()?.toString() ?? '';
        return true;
      };
    });
    const page = await context.newPage();
    await page.goto(site.origin + OUTCOME);
    await hydrate(page);
    const letter = page.locator('.letter-section');
    await letter.getByRole('button', { name: '复制全文' }).click();
    await page.waitForFunction(() => document.querySelector('.letter-section .note')?.textContent?.includes('已复制'));
    expect(await page.evaluate(() => (window as unknown as { copied: string | null }).copied)).toBe(await page.locator('#letter-text').textContent());
    await context.close();
  });

  it('offers the deadlines as text to copy instead of an .ics download', async () => {
    const context = await inAppContext();
    const page = await context.newPage();
    await denyDownloads(context, page);
    await page.goto(site.origin + OUTCOME);
    await hydrate(page);
    await page.getByLabel('收到商品的日期').fill('2026-11-02');
    await page.waitForFunction(() => document.querySelectorAll('table.deadlines tbody tr').length > 0);
    expect(await page.getByRole('button', { name: '导出到日历（.ics）' }).count()).toBe(0);
    await page.getByRole('button', { name: '复制这些日期' }).click();
    await page.waitForFunction(() =>
      document.querySelector('#deadlines-heading')?.parentElement?.querySelector('.note')?.textContent?.includes('无法自动复制'),
    );
    expect(await page.evaluate(() => getSelection()?.toString())).toContain('2026-11-09');
    expect(await page.locator('section[aria-labelledby="deadlines-heading"] .box.warn').textContent()).toContain('在浏览器中打开');
    await context.close();
  });

  it('in a phone’s own browser, says nothing of it and keeps print, download and .ics', async () => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(site.origin + OUTCOME);
    await hydrate(page);
    expect(await page.locator('.in-app-notice:visible').count()).toBe(0);
    expect(await page.getByRole('button', { name: '打印这封信' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '下载 .txt 文件' }).count()).toBe(1);
    await page.getByLabel('收到商品的日期').fill('2026-11-02');
    await page.getByRole('button', { name: '导出到日历（.ics）' }).waitFor();
    await context.close();
  });
});
