import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../helpers/browser';
import { serveDist } from '../helpers/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('printing a guide chapter', () => {
  it('hides navigation, keeps the content and shows where links go', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/guide/demand-letter/`);
    const display = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display);
    expect(await display('header.site-header')).not.toBe('none');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site-header', 'footer.site-footer', 'nav.pager', 'nav.toc', 'a.skip']) {
      expect(await display(selector), selector).toBe('none');
    }
    expect(await display('main article')).toBe('block');
    const after = await page.$eval('main article a[href^="/"]', (a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('(');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    await page.close();
  });
});
