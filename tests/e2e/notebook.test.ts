import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';
import { NOTEBOOK_KEY, openNotebook as openAt, saveAs, saveReady } from '../helpers/notebook';

const site = useSite();
const ANSWERS = 'redflags=none&situation=platform&asked-merchant=stalled&stuck-time=under-15';
const OUTCOME = `/check/result/merchant-demand/#${ANSWERS}`;
const KEY = NOTEBOOK_KEY;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

/** Saves the outcome page's answers and letter fields as a new record named `name`. */
async function saveFromOutcome(page: Page, url: string, name: string, merchant?: string) {
  await page.goto(site.origin + url);
  if (merchant) {
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('field-merchant') as HTMLInputElement | null)?.disabled);
    // The letter's fields are folded under the letter's heading (issue 20).
    await page.locator('details.fill summary').click();
    await page.getByLabel('商家或对方名称').fill(merchant);
  }
  await saveReady(page);
  await saveAs(page, name);
}

const openNotebook = (page: Page, query = '') => openAt(page, site.origin, query);

async function addStep(page: Page, date: string, event: string, ref = '') {
  // The step form loads when first opened.
  if ((await page.locator('.record form').count()) === 0) await page.getByRole('button', { name: '记下一步' }).click();
  await page.getByLabel('日期').fill(date);
  await page.getByLabel('发生了什么').selectOption({ label: event });
  if (ref) await page.getByLabel('编号', { exact: false }).fill(ref);
  await page.getByRole('button', { name: '记下这一步' }).click();
  await page.getByRole('status').getByText('已记下').waitFor();
}

async function fresh(): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[]; requests: string[] }> {
  const context = await site.browser.newContext({ acceptDownloads: true });
  return { context, ...(await watchedPage(context)) };
}

describe('我的维权记录 in Chromium', () => {
  it('saves from an outcome page and the record is there after a reload', async () => {
    const { context, page, consoleErrors, requests } = await fresh();
    await saveFromOutcome(page, OUTCOME, '耳机退款', '某数码专营店');
    await page.getByRole('link', { name: '打开我的维权记录' }).click();
    await page.locator('.record h2').waitFor();
    await page.reload();
    await expect.poll(() => page.locator('.record h2').allTextContents()).toEqual(['耳机退款']);
    const [record] = (await stored(page)).records;
    expect(record).toMatchObject({ name: '耳机退款', outcome: 'merchant-demand', letter: { merchant: '某数码专营店' }, steps: [], resolved: false });
    expect(record.answers.map((a: { question: string; option: string }) => `${a.question}=${a.option}`).join('&')).toBe(ANSWERS);
    expect(await page.getByText('不会发送到任何服务器').count()).toBe(1);
    expect(requests.filter((u) => new URL(u).origin !== site.origin)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the deadlines from the steps, then the next rung once one passes (injected today)', async () => {
    const { context, page, consoleErrors } = await fresh();
    await saveFromOutcome(page, OUTCOME, '耳机退款');
    await openNotebook(page, '?today=2026-11-10');
    await addStep(page, '2026-11-05', '提出退款', 'T-123');
    expect(await page.locator('.timeline li').first().textContent()).toContain('T-123');
    expect(await page.locator('.deadlines-list').textContent()).toContain('2026-11-20');
    expect(await page.locator('.next-rung').count()).toBe(0);

    await openNotebook(page, '?today=2026-11-21');
    const advice = page.locator('.next-rung');
    await advice.waitFor();
    expect(await advice.textContent()).toContain('期限已过');
    expect(await advice.getByRole('link').getAttribute('href')).toBe('/check/result/platform-intervene/');

    // A step taken after the deadline clears the advice.
    await addStep(page, '2026-11-21', '其他');
    expect(await page.locator('.next-rung').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('with a record: no accessibility violation, and printing shows only that record', async () => {
    const { context, page } = await fresh();
    await saveFromOutcome(page, OUTCOME, '耳机退款');
    await openNotebook(page, '?today=2026-11-21');
    await addStep(page, '2026-11-05', '提出退款', 'T-123');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.evaluate(() => document.querySelector('.record')!.classList.add('printing'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('main h1', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.$eval('#import-heading', (el) => getComputedStyle(el.parentElement!).display)).toBe('none');
    expect(await page.$eval('.record form', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.$eval('.record .timeline', (el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await page.locator('.record .checklist li').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('never shows a consumer rung or deadline on a scam record', async () => {
    const { context, page } = await fresh();
    await saveFromOutcome(page, '/check/result/fraud-stop/#redflags=fee', '刷单平台');
    await openNotebook(page, '?today=2030-01-01');
    await addStep(page, '2026-11-05', '提出退款');
    expect(await page.locator('.record .danger').textContent()).toContain('诈骗处置路线');
    expect(await page.locator('.next-rung').count()).toBe(0);
    expect(await page.locator('.deadlines-list').count()).toBe(0);
    const links = await page.locator('.record a[href^="/check/result/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of links) expect(['/check/result/fraud-stop/', '/check/result/fraud-report/']).toContain(href);
    const options = await page.locator('.record select[name="rung"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).not.toContain('merchant-demand');
    await context.close();
  });

  it('exports a record as JSON that imports to the same record in a fresh context', async () => {
    const first = await fresh();
    await saveFromOutcome(first.page, OUTCOME, '耳机退款', '某数码专营店');
    await openNotebook(first.page, '?today=2026-11-10');
    await addStep(first.page, '2026-11-05', '提出退款', 'T-123');
    await first.page.getByLabel('这件事已经解决').isVisible();
    await first.page.getByRole('button', { name: '打印、导出或复制这条记录' }).click();
    const [json] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: '导出 JSON（可在另一台设备导入）' }).click(),
    ]);
    expect(json.suggestedFilename()).toBe('耳机退款-2026-11-10.json');
    const file = (await json.path())!;
    const [txt] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: '下载 .txt 摘要' }).click()]);
    expect(readFileSync((await txt.path())!, 'utf8')).toContain('T-123');
    const [ics] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: '导出期限到日历（.ics）' }).click()]);
    expect(readFileSync((await ics.path())!, 'utf8')).toContain('DTSTART;VALUE=DATE:20261120');
    const original = (await stored(first.page)).records[0];

    const second = await fresh();
    await openNotebook(second.page);
    await second.page.getByRole('button', { name: '导入记录' }).click();
    await second.page.getByLabel('选择 JSON 文件').setInputFiles(file);
    await second.page.getByRole('status').getByText('已导入 1 条记录').waitFor();
    expect((await stored(second.page)).records).toEqual([original]);
    expect(await second.page.locator('.record h2').textContent()).toBe('耳机退款');

    // The same file again changes nothing; a changed copy asks before replacing.
    await second.page.getByLabel('选择 JSON 文件').setInputFiles(file);
    await second.page.getByRole('status').getByText('已经在记录里').waitFor();
    const changed = JSON.parse(readFileSync(file, 'utf8'));
    changed.records[0].name = '耳机退款（新）';
    await second.page
      .getByLabel('选择 JSON 文件')
      .setInputFiles({ name: 'changed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) });
    await second.page.getByText('会替换这里现有的记录“耳机退款”').waitFor();
    expect((await stored(second.page)).records).toEqual([original]);
    await second.page.getByRole('button', { name: '用文件里的替换' }).click();
    await expect.poll(async () => (await stored(second.page)).records.map((r: { name: string }) => r.name)).toEqual(['耳机退款（新）']);

    // A file that is not a notebook is refused with the reason, and nothing changes.
    await second.page.getByLabel('选择 JSON 文件').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await second.page.getByRole('status').getByText('这不是本站导出的维权记录文件').waitFor();
    expect((await stored(second.page)).records).toHaveLength(1);
    await first.context.close();
    await second.context.close();
  });

  it('reports corrupt stored data without crashing, keeps it, and loads an old version', async () => {
    const { context, page, consoleErrors } = await fresh();
    await openNotebook(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"format":"refundpath-notebook","version":2,"records":[{"id":"x"'), KEY);
    await page.reload();
    await page.getByRole('alert').getByText('无法读取').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('refundpath:notebook:unreadable'))).toContain('"id":"x"');
    expect(await page.getByRole('button', { name: '下载原始数据' }).count()).toBe(1);
    expect(await page.getByText('还没有记录').count()).toBe(1);

    const v1 = {
      format: 'refundpath-notebook',
      version: 1,
      records: [
        { id: 'old', name: '旧记录', outcome: 'merchant-demand', steps: [{ date: '2026-10-01', rung: 'merchant-demand' }] },
        { id: 'bad', name: 7 },
      ],
    };
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(v1)]);
    await page.evaluate(() => localStorage.removeItem('refundpath:notebook:unreadable'));
    await page.reload();
    await expect.poll(() => page.locator('.record h2').allTextContents()).toEqual(['旧记录']);
    expect(await page.getByText('已从旧版本格式升级').count()).toBe(1);
    expect(await page.getByRole('alert').textContent()).toContain('records.1.name');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('清除我的数据 asks first, then removes every record and the offline caches', async () => {
    const { context, page } = await fresh();
    await saveFromOutcome(page, OUTCOME, '耳机退款');
    await openNotebook(page);
    await page.evaluate(() => caches.open('refundpath-test').then((c) => c.put('/x', new Response('x'))));
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: '清除我的数据' }).click();
    expect((await stored(page)).records).toHaveLength(1);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '清除我的数据' }).click();
    await page.getByRole('status').getByText('已清除').waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('refundpath:')))).toEqual([]);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
    await context.close();
  });
});
