import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site';

const site = useSite();

describe('the case feed', () => {
  it('is well-formed XML to a strict parser, with an entry per case', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/cases/`);
    const result = await page.evaluate(async () => {
      const text = await (await fetch('/cases/feed.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagName('entry').length,
        // The index is paged, so count cases by the total it states: 全部案例（44）.
        cases: Number(/（(\d+)）/.exec(document.querySelector('nav.facets a[href="/cases/"]')?.textContent ?? '')?.[1]),
      };
    });
    expect(result.error).toBeNull();
    expect(result.root).toBe('http://www.w3.org/2005/Atom');
    expect(result.entries).toBe(result.cases);
    expect(result.entries).toBeGreaterThanOrEqual(30);
    await page.close();
  });
});
