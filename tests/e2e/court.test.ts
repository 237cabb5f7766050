import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { NOTEBOOK_KEY, openNotebook } from '../helpers/notebook';
import { useSite } from '../helpers/site';
import { serveDist } from '../helpers/server';

// Issue 24: on the lawsuit rung, the 起诉状 and 证据目录 load when asked for, from the outcome
// page and from a notebook record, as selectable text beside 复制 (and 打印, except in an app).
const site = useSite();
const ANSWERS = 'redflags=none&situation=platform&asked-merchant=refused&asked-platform=failed&tried=complained';
const OUTCOME = `/check/result/lawsuit/#${ANSWERS}`;
const SECTIONS = ['【当事人信息】', '【诉讼请求和依据】', '【约定管辖和诉讼保全】', '【事实与理由】', '【证据清单】'];
const WECHAT =
  'Mozilla/5.0 (Linux; Android 10; V2001A Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 XWEB/4317 MMWEBSDK/20220903 Mobile Safari/537.36 MMWEBID/6275 MicroMessenger/8.0.28.2240(0x28001C35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

async function openLetter(page: Page) {
  await page.goto(site.origin + OUTCOME);
  await page.locator('#letter-heading').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !(document.getElementById('field-name') as HTMLInputElement | null)?.disabled);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG A/AA violations (axe-core) in the court documents' section. */
async function violations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
    return (
      await axe.run(document.querySelector(selector)!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })
    ).violations.map((v) => v.id);
  }, selector);
}

const courtScripts = (requests: string[]) => requests.filter((u) => /\/CourtDocs\.[\w-]+\.js$/.test(u));

describe('起诉状 and 证据目录 in Chromium', () => {
  it('on the lawsuit outcome: loaded on the tap, with the template headings, the reader’s typed facts and ticks; copy works', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, consoleErrors, requests } = await watchedPage(context);
    await openLetter(page);
    await page.locator('details.fill summary').click();
    await page.getByLabel('你的姓名或昵称').fill('赵小燕');
    await page.getByLabel('商家或对方名称').fill('某某家电旗舰店');
    await page.getByLabel('订单号').fill('7788990011');
    await page.getByLabel('金额（元）').fill('3450');
    await page.getByLabel('付款记录', { exact: false }).first().check();
    // Nothing of the court documents is loaded until the reader asks.
    expect(courtScripts(requests)).toEqual([]);
    await page.getByRole('button', { name: '生成起诉状和证据目录' }).click();
    const complaint = page.locator('#court-complaint');
    await complaint.waitFor();
    expect(courtScripts(requests)).toHaveLength(1);
    const text = (await complaint.textContent())!;
    const at = SECTIONS.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const v of ['赵小燕', '某某家电旗舰店', '7788990011', '3450', '我已向12315投诉，市场监管部门决定不予受理。']) expect(text).toContain(v);
    expect(await page.locator('#court-catalogue').textContent()).toContain('付款记录');
    expect(await violations(page, '.court-docs')).toEqual([]);
    // The goods/service choice is a thumb's target on a phone (44 px, as the rest of the site).
    for (const box of await page.locator('.court-docs fieldset label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44);

    // It follows the fields: a change shows at once.
    await page.getByLabel('金额（元）').fill('3460');
    await page.waitForFunction(() => document.getElementById('court-complaint')?.textContent?.includes('3460'));

    await page.getByRole('button', { name: '复制起诉状' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await complaint.textContent());
    expect(await page.locator('.court-docs').getByText('已复制。').count()).toBe(1);
    await page.getByRole('button', { name: '复制证据目录' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('序号\t证据名称\t来源\t证明目的\t页数');
    // 打印 prints the two documents alone: the rest of the page is hidden, they start at the top.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: '打印起诉状和证据目录' }).click();
    expect(await page.evaluate(() => [(window as unknown as { printed: number }).printed, document.body.classList.contains('print-court')])).toEqual([1, true]);
    await page.emulateMedia({ media: 'print' });
    const style = (selector: string) =>
      page.$eval(selector, (el) => ({
        visibility: getComputedStyle(el).visibility,
        display: getComputedStyle(el).display,
        top: el.getBoundingClientRect().top + scrollY,
      }));
    expect(await style('.court-print')).toMatchObject({ visibility: 'visible', top: 0 });
    expect(await style('#court-catalogue')).toMatchObject({ visibility: 'visible', display: 'block' });
    expect((await style('#letter-text')).visibility).toBe('hidden');
    expect((await style('.court-docs fieldset')).display).toBe('none');
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => document.body.classList.contains('print-court'))).toBe(false);
    // Where and how to file, from the fact sheet's steps.
    expect(await page.locator('.court-docs ol').textContent()).toContain('小额诉讼');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('other outcomes offer no court documents', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/check/result/complaint-12315/`);
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await page.locator('.checklist').waitFor();
    expect(await page.getByRole('button', { name: '生成起诉状和证据目录' }).count()).toBe(0);
    await context.close();
  });

  it('from /my/, for a record at the lawsuit rung: its fields, steps with reference numbers and ticked evidence', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, consoleErrors } = await watchedPage(context);
    const record = (id: string, outcome: string, ref: string) => ({
      id,
      name: id === 'court-a' ? '空调退款' : '耳机退款',
      created: '2026-09-01',
      outcome,
      resolved: false,
      answers: ANSWERS.split('&').map((p) => ({ question: p.split('=')[0], option: p.split('=')[1] })),
      letter: { name: '钱多多', merchant: '某空调专卖店', amount: '4200', orderNo: 'NO-556677' },
      evidence: ['你的身份证件'],
      steps: [{ id: 's1', date: '2026-10-02', rung: outcome, event: 'complained', ref, note: '' }],
    });
    await page.goto(`${site.origin}/offline/`);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        NOTEBOOK_KEY,
        JSON.stringify({
          format: 'refundpath-notebook',
          version: 2,
          records: [record('court-a', 'lawsuit', 'SS-2026-1002'), { ...record('other-b', 'merchant-demand', ''), answers: [] }],
        }),
      ],
    );
    await openNotebook(page, site.origin);
    const court = page.locator('#court-a');
    await court.getByRole('button', { name: '打印、导出或复制这条记录' }).click();
    await court.getByRole('button', { name: '生成起诉状和证据目录' }).click();
    const complaint = page.locator('#court-a-court-complaint');
    await page.waitForFunction(() => document.getElementById('court-a-court-complaint')?.textContent?.includes('我已向12315'));
    const text = (await complaint.textContent())!;
    for (const s of SECTIONS) expect(text).toContain(s);
    for (const v of ['钱多多', '某空调专卖店', '4200', 'NO-556677', 'SS-2026-1002', '2026-10-02']) expect(text).toContain(v);
    expect(await page.locator('#court-a-court-catalogue').textContent()).toContain('原告的身份证件');
    await court.getByRole('button', { name: '复制起诉状' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // A record on another rung gets no court documents.
    const other = page.locator('#other-b');
    await other.getByRole('button', { name: '打印、导出或复制这条记录' }).click();
    await other.getByRole('button', { name: '打印摘要' }).waitFor();
    expect(await other.getByRole('button', { name: '生成起诉状和证据目录' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('in an app’s built-in browser: no print button, the text is there, a failed copy is told beside the button with the text selected', async () => {
    const context: BrowserContext = await site.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, userAgent: WECHAT });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('not allowed')) }) });
      document.execCommand = () => false;
    });
    const page = await context.newPage();
    await openLetter(page);
    await page.getByRole('button', { name: '生成起诉状和证据目录' }).click();
    await page.locator('#court-complaint').waitFor();
    expect(await page.getByRole('button', { name: '打印起诉状和证据目录' }).count()).toBe(0);
    expect(await page.locator('.court-docs .box.warn').textContent()).toContain('不能打印');
    expect(await page.locator('#court-complaint').textContent()).toContain('【事实与理由】');
    await page.getByRole('button', { name: '复制起诉状' }).click();
    await page.locator('.court-docs').getByText('无法自动复制', { exact: false }).waitFor();
    expect(await page.evaluate(() => getSelection()?.toString() === document.getElementById('court-complaint')?.textContent)).toBe(true);
    await context.close();
  });

  it('offline, once the reader saved the offline copy: the chunk comes from the cache and the documents appear', async () => {
    // A server of its own, closed before the tap: offline means no server at all.
    const server = await serveDist();
    const context = await site.browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(server.origin + OUTCOME);
    await page.locator('.toolkit').scrollIntoViewIfNeeded();
    const control = page.locator('.offline-control');
    await control.getByRole('button', { name: '离线也能用' }).click();
    await control.locator('output').filter({ hasText: '已存到这台设备' }).waitFor({ timeout: 30_000 });
    await context.setOffline(true);
    await server.close();
    await page.goto(server.origin + OUTCOME);
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '生成起诉状和证据目录' }).click();
    await page.waitForFunction(() => document.getElementById('court-complaint')?.textContent?.includes('【证据清单】'));
    await context.close();
  });
});
