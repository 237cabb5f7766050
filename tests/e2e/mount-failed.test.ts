import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

// Issue 20 item 6: "needs JavaScript" is said only when it will not load. Controls a script
// mounts (src/islands/mount.ts) get a plain notice beside them once that script has failed:
// a chunk that does not load, a page script that does not load, a browser below the floor.
const site = useSite();
const OUTCOME = '/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=not-yet';
const PHONE = { viewport: { width: 360, height: 740 } };
const FAILED = '这部分需要的脚本没有加载成功';
const NEEDS_JS = /需要浏览器开启 JavaScript|开启 JavaScript 后/;

async function context(block?: string): Promise<BrowserContext> {
  const c = await site.browser.newContext(PHONE);
  if (block) await c.route(block, (route: Route) => route.abort());
  return c;
}

const notice = (page: Page, root: string) => page.locator(`#${root}-failed`);

describe('a script that does not load', () => {
  it("the toolkit's chunk: its notice shows once it was due to mount, the page stays the static one", async () => {
    const c = await context('**/_astro/hydrate-toolkit.*.js');
    const { page } = await watchedPage(c);
    await page.goto(site.origin + OUTCOME);
    await page.waitForLoadState('load');
    // Not due yet (not scrolled to): nothing said.
    expect(await notice(page, 'toolkit').isVisible()).toBe(false);
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await notice(page, 'toolkit').waitFor({ state: 'visible' });
    expect(await notice(page, 'toolkit').textContent()).toContain(FAILED);
    expect(await page.locator('#toolkit').getAttribute('data-mount')).toBe('failed');
    // The clean no-JavaScript page: the letter template to copy, its controls disabled, no half mount.
    expect(await page.locator('#letter-text').textContent()).toContain('致：');
    expect(await page.getByRole('button', { name: '复制全文' }).isDisabled()).toBe(true);
    expect(await page.locator('#save-name').isDisabled()).toBe(true);
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    await c.close();
  });

  it('every page script of an outcome page: the toolkit says so without waiting to be scrolled to', async () => {
    const c = await context('**/_astro/*.js');
    const { page } = await watchedPage(c);
    await page.goto(site.origin + OUTCOME);
    await notice(page, 'toolkit').waitFor({ state: 'visible' });
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    await c.close();
  });

  it('the notebook: a notice, not an empty page and not a false "turn JavaScript on"', async () => {
    const c = await context('**/_astro/*.js');
    const { page } = await watchedPage(c);
    await page.goto(`${site.origin}/my/`);
    await notice(page, 'notebook').waitFor({ state: 'visible' });
    expect(await notice(page, 'notebook').textContent()).toContain(FAILED);
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    expect(await page.locator('.notebook').count()).toBe(0);
    await c.close();
  });

  it('search: a notice beside the box, whose form still sends the query', async () => {
    const c = await context('**/_astro/*.js');
    const { page } = await watchedPage(c);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
    await notice(page, 'search').waitFor({ state: 'visible' });
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    expect(await page.locator('#search form').getAttribute('action')).toBe('/search/');
    await c.close();
  });
});

describe('below the browser floor (no Promise.allSettled: Chrome 75, Safari 12)', () => {
  it('the toolkit and the notebook say their script cannot run here', async () => {
    const c = await context();
    await c.addInitScript(() => delete (Promise as { allSettled?: unknown }).allSettled);
    const { page, consoleErrors } = await watchedPage(c);
    await page.goto(site.origin + OUTCOME);
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await notice(page, 'toolkit').waitFor({ state: 'visible' });
    await page.goto(`${site.origin}/my/`);
    await notice(page, 'notebook').waitFor({ state: 'visible' });
    expect(consoleErrors).toEqual([]);
    await c.close();
  });
});

describe('with scripts working', () => {
  it('no notice appears on an outcome page, /my/ or search, and nothing says JavaScript is needed', async () => {
    const c = await context();
    const { page, consoleErrors } = await watchedPage(c);
    await page.goto(site.origin + OUTCOME);
    await page.locator('#letter-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.getElementById('toolkit')?.dataset.mount === 'ok');
    expect(await notice(page, 'toolkit').isVisible()).toBe(false);
    await page.goto(`${site.origin}/my/`);
    await page.waitForFunction(() => document.getElementById('notebook')?.dataset.mount === 'ok');
    expect(await notice(page, 'notebook').isVisible()).toBe(false);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
    await page.waitForSelector('.results > li');
    expect(await page.locator('#search').getAttribute('data-mount')).toBe('ok');
    expect(await notice(page, 'search').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    expect(consoleErrors).toEqual([]);
    await c.close();
  });

  it('while the search script is still loading, nothing is said', async () => {
    const c = await context();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await c.route('**/_astro/*.js', (route: Route) => gate.then(() => route.continue()).catch(() => {}));
    const page = await c.newPage();
    // Module scripts hold DOMContentLoaded back: wait for the markup instead.
    await page.goto(`${site.origin}/search/`, { waitUntil: 'commit' });
    await page.locator('.meta').last().waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(NEEDS_JS);
    expect(await notice(page, 'search').isVisible()).toBe(false);
    release();
    await page.waitForFunction(() => document.getElementById('search')?.dataset.mount === 'ok');
    await c.close();
  });
});
