import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();
const OUTCOME = '/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=stalled&stuck-time=under-15';

async function openToolkit(page: import('playwright-core').Page, url: string) {
  await page.goto(url);
  // The toolkit hydrates when it scrolls into view.
  await page.locator('#letter-heading').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !(document.getElementById('field-name') as HTMLInputElement | null)?.disabled);
  // The letter's fields are folded: the letter and its copy button come first.
  await page.locator('details.fill summary').click();
}

describe('the outcome toolkit in Chromium', () => {
  it('letter updates, copies, downloads; checklist survives reload; 清除我的数据 empties storage; no request leaves', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, consoleErrors, requests } = await watchedPage(context);
    await openToolkit(page, site.origin + OUTCOME);
    // The save button right after the letter hydrates too (its script loads when it scrolls into view).
    await page.locator('#save-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('save-name') as HTMLInputElement | null)?.disabled);
    const afterLoad = requests.length;

    await page.getByLabel('商家或对方名称').fill('某数码专营店');
    await page.getByLabel('金额（元）').fill('2600');
    const letter = page.locator('#letter-text');
    // Preact renders just after each input event: wait for the render.
    await page.waitForFunction(() => document.getElementById('letter-text')?.textContent?.includes('将2600元'));
    expect(await letter.textContent()).toContain('致：某数码专营店');
    expect(await letter.textContent()).toContain('商家以“系统维护”“审核中”等理由一直拖延');

    await page.getByRole('button', { name: '复制全文' }).click();
    const text = await letter.textContent();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .txt 文件' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^退款催告函-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(await letter.textContent());

    await page.getByLabel('聊天记录', { exact: false }).first().check();
    const checked = await page.locator('.checklist input:checked').count();
    expect(checked).toBe(1);
    expect(requests.length, `requests while using the toolkit: ${requests.slice(afterLoad).join(', ')}`).toBe(afterLoad);

    await openToolkit(page, site.origin + OUTCOME);
    await page.waitForFunction(() => document.querySelectorAll('.checklist input:checked').length === 1);

    // It asks first (the notebook's records go too).
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '清除我的数据' }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.waitForFunction(() => document.querySelectorAll('.checklist input:checked').length === 0);

    expect(requests.filter((u) => new URL(u).origin !== site.origin)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('computes deadlines and exports them as an .ics file', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openToolkit(page, site.origin + OUTCOME);
    await page.getByLabel('收到商品的日期').fill('2026-11-02');
    await page.getByLabel('提出退款的日期').fill('2026-11-05');
    const rows = page.locator('table.deadlines tbody tr');
    await page.waitForFunction(() => document.querySelectorAll('table.deadlines tbody tr').length === 3);
    expect(await rows.first().locator('time').getAttribute('datetime')).toBe('2026-11-09');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出到日历（.ics）' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261120');
    await context.close();
  });

  it('keeps the estimate marker in the .ics, and refuses a year out of range with a message', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await openToolkit(page, site.origin + OUTCOME);
    await page.getByLabel('提交投诉的日期').fill('2026-11-27');
    await page.waitForFunction(() => document.querySelectorAll('table.deadlines tbody tr').length === 2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出到日历（.ics）' }).click()]);
    const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n /g, '');
    expect(ics).toMatch(/SUMMARY:[^\r]*（按最晚受理日估算）\r\n/);

    await page.getByLabel('提出退款的日期').fill('2101-01-05');
    await page.getByText('请填写 2000 年到 2100 年之间的日期。').waitFor();
    expect(await page.getByLabel('提出退款的日期').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('table.deadlines tbody tr').count()).toBe(2);
    await context.close();
  });

  it('prints only the letter', async () => {
    const page = await site.browser.newPage();
    await openToolkit(page, site.origin + OUTCOME);
    await page.evaluate(() => document.body.classList.add('print-letter'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('.letter-section', (el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(await page.$eval('main h1', (el) => getComputedStyle(el).visibility)).toBe('hidden');
    expect(await page.$eval('.fields', (el) => getComputedStyle(el).display)).toBe('none');
    await page.close();
  });

  it('without JavaScript shows the letter as a template with blanks', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/check/result/complaint-12315/`);
    const text = await page.locator('#letter-text').textContent();
    expect(text).toContain('＿＿＿＿（商家或对方名称）');
    expect(text).toContain('四、法律依据');
    await context.close();
  });
});
