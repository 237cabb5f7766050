import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { builtPages } from '../helpers/dist';
import { useSite } from '../helpers/site';

// Issue 20: on a 360×740 phone the scam call comes first and the outcome page leads with the action.
const site = useSite();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const SCREEN = 740;
const outcomeDir = new URL('../../content/tree/outcomes/', import.meta.url);
const fraud = readdirSync(outcomeDir)
  .filter((f) => /^branch: fraud$/m.test(readFileSync(new URL(f, outcomeDir), 'utf8')))
  .map((f) => f.replace(/\.mdx$/, ''));
const outcomes = builtPages().filter((p) => /^\/check\/result\/[^/]+\/$/.test(p));

/** Where an element's bottom edge is, in screens from the top of the page. */
const screensDown = (page: Page, selector: string) => page.$eval(selector, (el) => (el.getBoundingClientRect().bottom + scrollY) / innerHeight);

describe('the scam call first (360×740)', () => {
  it('knows the fraud outcomes', () => expect(fraud.length).toBeGreaterThanOrEqual(5));

  it.each(fraud)('fraud outcome %s opens with one-tap 110 and 96110 in its summary box, inside the first screen, ≥ 48 px tall', async (id) => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${site.origin}/check/result/${id}/`);
    for (const number of ['110', '96110']) {
      const box = await page.$eval(`main .summary a[href="tel:${number}"]`, (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height, width: r.width, text: el.textContent };
      });
      expect(box.text).toContain(number);
      expect(box.bottom, `tel:${number} ends at ${box.bottom}px`).toBeLessThanOrEqual(SCREEN);
      expect(box.height).toBeGreaterThanOrEqual(48);
      expect(box.width).toBeGreaterThanOrEqual(48);
    }
    await context.close();
  });

  it('names the bank line in the summary box where the outcome sends the reader to the bank', async () => {
    const page = await site.browser.newPage(PHONE);
    await page.goto(`${site.origin}/check/result/fraud-urgent/`);
    expect(await page.locator('main .summary').textContent()).toContain('银行卡背面');
    await page.close();
  });

  it("the home page's warning numbers are tappable", async () => {
    const page = await site.browser.newPage(PHONE);
    await page.goto(`${site.origin}/`);
    const warning = page.locator('main .box.danger');
    expect(await warning.locator('a[href="tel:110"]').count()).toBe(1);
    expect(await warning.locator('a[href="tel:96110"]').count()).toBe(1);
    for (const box of await warning.locator('a[href^="tel:"]').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
      expect(box).toBeGreaterThanOrEqual(44);
    }
    await page.close();
  });
});

describe('the outcome page leads with the action (360×740)', () => {
  it.each(outcomes)('%s: the letter’s copy button within 4 screens, save within 5', async (path) => {
    const page = await site.browser.newPage(PHONE);
    await page.goto(site.origin + path);
    if ((await page.locator('#letter-text').count()) > 0) {
      const copy = await screensDown(page, '.letter-section .actions button');
      expect(copy, `copy button at ${copy.toFixed(2)} screens`).toBeLessThanOrEqual(4);
    }
    const save = await screensDown(page, '.save-record button');
    expect(save, `save button at ${save.toFixed(2)} screens`).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('the letter cites law and article only; the texts stay in the page’s legal basis list', async () => {
    const page = await site.browser.newPage(PHONE);
    await page.goto(`${site.origin}/check/result/complaint-12315/`);
    const letter = (await page.locator('#letter-text').textContent()) ?? '';
    const basis = letter.split('四、法律依据\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(basis.length).toBeGreaterThan(0);
    for (const line of basis) expect(line).toMatch(/^\d+\. 《[^》]+》第[^：:，。]+[条款项]$/);
    // The page still shows each law's text.
    expect(await page.locator('.refs dd').count()).toBeGreaterThanOrEqual(basis.length);
    await page.close();
  });
});
