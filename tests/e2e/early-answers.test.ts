import { describe, expect, it } from 'vitest';
import type { BrowserContext, Route } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();

// A journey of five answers (content/tree/journeys.yaml), tapped before the island can load.
const JOURNEY = [
  ['redflags', 'none'],
  ['situation', 'services'],
  ['services', 'travel'],
  ['asked-merchant', 'stalled'],
  ['stuck-time', 'over-15'],
] as const;
const OUTCOME = '/check/result/platform-intervene/';
const CHAIN = JOURNEY.map(([q, o]) => `${q}=${o}`).join('&');

/** Holds every island script and the tree until release(): a phone on a slow network. */
async function holdScripts(context: BrowserContext) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const hold = (route: Route) => gate.then(() => route.continue()).catch(() => {});
  await context.route('**/_astro/*.js', hold);
  await context.route('**/check/tree.json', hold);
  return release;
}

describe('a tap before the quiz has loaded keeps every answer', () => {
  it('taps five questions as soon as each is shown, with scripts held back: the outcome has the whole chain, then 你的回答 and the letter use it', async () => {
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const release = await holdScripts(context);
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/check/q/redflags/`, { waitUntil: 'commit' });
    for (const [question, option] of JOURNEY) {
      const link = page.locator(`#quiz .options a[href$="${question}=${option}"]`);
      await link.waitFor();
      // Held scripts mean the island has not hydrated: this is the plain page.
      expect(await page.locator('.quiz[data-tree="ready"]').count()).toBe(0);
      await link.click({ noWaitAfter: true });
      await page.waitForURL((url) => !url.pathname.endsWith(`/${question}/`), { waitUntil: 'commit' });
    }
    await page.waitForURL(`**${OUTCOME}**`, { waitUntil: 'commit' });
    expect(new URL(page.url()).pathname).toBe(OUTCOME);
    expect(new URL(page.url()).hash).toBe(`#${CHAIN}`);

    release();
    await page.waitForFunction(() => document.querySelector('.quiz[data-tree="ready"]') !== null);
    await page.waitForFunction((n) => document.querySelectorAll('.answers dd').length === n, JOURNEY.length);
    expect(await page.locator('.quiz [role="status"]').count()).toBe(0);
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('field-name') as HTMLInputElement | null)?.disabled);
    const letter = (await page.locator('#letter-text').textContent()) ?? '';
    expect(letter).toContain('我预订的是酒店、旅游线路或旅行平台的订单。');
    expect(letter).toContain('从我提出退款至今已超过十五日。');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
