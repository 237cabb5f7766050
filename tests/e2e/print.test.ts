import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site';

const site = useSite();

describe('printing a guide chapter', () => {
  it('hides navigation, keeps the content and shows where links go', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/guide/demand-letter/`);
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
