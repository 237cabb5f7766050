import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { builtPages } from '../helpers/dist';
import { useSite } from '../helpers/site';

// Issue 20, 适老化: 18 px body text, 44×44 controls, no sideways scrolling at 200% zoom or a
// 32 px default font, the header's search button on screen. One page of each kind.
const site = useSite();
const pages = builtPages();
const first = (re: RegExp) => pages.find((p) => re.test(p))!;
const SAMPLE = [
  '/',
  first(/^\/guide\/[^/]+\/$/),
  first(/^\/cases\/(?!page|kind|situation|payment|result)[^/]+\/$/),
  '/check/q/redflags/',
  '/check/result/fraud-urgent/',
  '/check/result/merchant-demand/',
  '/search/?q=退款',
  '/my/',
  '/cases/',
];
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
// 200% zoom on a 360 px phone lays out as a 180 px wide viewport.
const ZOOM_200: BrowserContextOptions = { viewport: { width: 180, height: 370 }, isMobile: true, hasTouch: true };

async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const button = document.querySelector('.site-header .search-form button')!.getBoundingClientRect();
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, buttonRight: button.right };
  });
}

describe('适老化 in Chromium', () => {
  it.each(SAMPLE)('%s: no sideways scrolling at 200% zoom; the search button stays on screen', async (path) => {
    const context = await site.browser.newContext(ZOOM_200);
    const page = await context.newPage();
    await page.goto(site.origin + path);
    const o = await overflow(page);
    expect(o.scrollWidth, `${path} is ${o.scrollWidth}px wide in ${o.clientWidth}px`).toBeLessThanOrEqual(o.clientWidth);
    expect(o.buttonRight).toBeLessThanOrEqual(o.clientWidth);
    await context.close();
  });

  it.each(SAMPLE)('%s: no sideways scrolling with a 32 px default font', async (path) => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    // The reader's browser setting (default font size), as Chromium's settings page sets it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.goto(site.origin + path);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(32);
    const o = await overflow(page);
    expect(o.scrollWidth, `${path} is ${o.scrollWidth}px wide in ${o.clientWidth}px`).toBeLessThanOrEqual(o.clientWidth);
    expect(o.buttonRight).toBeLessThanOrEqual(o.clientWidth);
    await context.close();
  });

  it.each(SAMPLE)('%s: body text ≥ 18 px; every control ≥ 44×44 px', async (path) => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(site.origin + path);
    // Islands hydrate when seen: scroll through so their controls are measured too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18);
    const small = await page.evaluate(() => {
      // Links in running text are exempt (WCAG 2.5.8, inline); these are controls.
      const controls = 'button, input, select, textarea, summary, nav a, header a, .calls a, .tel-link, .answers dd a, .quiz > p > a';
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>(controls)) {
        if (el.closest('.skip, [hidden], details:not([open]) > :not(summary)') || el.getClientRects().length === 0) continue;
        if (el.matches('input[type=hidden], .sr-only')) continue;
        // A checkbox or radio is tapped through its label.
        const target = el.matches('input[type=checkbox], input[type=radio]') ? (el.closest('label') ?? el) : el;
        const r = target.getBoundingClientRect();
        if (r.width < 44 || r.height < 44)
          out.push(
            `${target.tagName.toLowerCase()} "${(target.textContent || (target as HTMLInputElement).name || '').trim().slice(0, 12)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
          );
      }
      return out;
    });
    expect(small, path).toEqual([]);
    await context.close();
  });
});
