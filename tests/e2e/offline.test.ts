import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watchedPage } from '../helpers/browser';
import { serveDist, type DistServer } from '../helpers/server';
import { DIST, requireDist } from '../helpers/dist';
import { OFFLINE_REQUESTED } from '../../src/lib/core';

// Each test runs its own server so it can stop it, make it hang or fail, or switch it to a
// second build: offline then means no server at all, not only Chromium's emulation (which
// does not cover a service worker's own fetches).
let browser: Browser;
const open: { close: () => Promise<unknown> }[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const o of open.reverse()) await o.close();
  await browser?.close();
});

const OUTCOME = '/check/result/merchant-demand/';
const today = () => new Date().toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });

async function start(options: Parameters<typeof serveDist>[0] = {}): Promise<{ server: DistServer; context: BrowserContext }> {
  const server = await serveDist(options);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  open.push(server, context);
  return { server, context };
}

/**
 * On an outcome page the control gets its behaviour from the toolkit island, which hydrates
 * when it scrolls into view (as a reader scrolling down to the control passes it); elsewhere
 * (the fallback page) it has its own script.
 */
async function reachControl(page: Page): Promise<void> {
  const toolkit = page.locator('.toolkit');
  if (await toolkit.count()) await toolkit.first().scrollIntoViewIfNeeded();
  await page.locator('.offline-control').waitFor();
}

/** Taps 离线也能用 on the page and waits until it says the site is saved. */
async function enableOffline(page: Page): Promise<void> {
  await reachControl(page);
  const control = page.locator('.offline-control');
  await control.getByRole('button', { name: '离线也能用' }).click();
  await control.locator('output').filter({ hasText: '已存到这台设备' }).waitFor({ timeout: 30_000 });
}

/** Names of this site's caches, and how many files the newest holds. */
const cached = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('refundpath-'));
    return { names, count: names.length ? (await (await caches.open(names.at(-1)!)).keys()).length : 0 };
  });

/** Polls until `check` holds, for at most 30 s. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (const started = Date.now(); !(await check()); ) {
    if (Date.now() - started > 30_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Opens a page that must come from the service worker's copy, saying it is one and of today. */
async function openCopy(page: Page, origin: string, path: string, timeout = 30_000): Promise<void> {
  const response = await page.goto(origin + path, { timeout });
  expect(response?.fromServiceWorker(), path).toBe(true);
  expect(await page.locator('main h1').count(), path).toBe(1);
  const notice = page.locator('main > .offline-copy');
  await notice.waitFor({ timeout: 10_000 });
  expect(await notice.textContent(), path).toContain(`这是离线保存的副本（${today()}保存）`);
}

describe('offline in Chromium', () => {
  it('nothing is saved until the reader taps 离线也能用; then the quiz, outcomes, guide, notebook, home and case list open offline as dated copies, and any other address gets the fallback page', async () => {
    const { server, context } = await start();
    const { page, consoleErrors, requests } = await watchedPage(context);
    await page.goto(server.origin + OUTCOME);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect((await cached(page)).names).toEqual([]);

    await enableOffline(page);
    const saved = await cached(page);
    expect(saved.names).toHaveLength(1);
    expect(saved.names[0]).toMatch(/^refundpath-[0-9a-f]{12}$/);
    expect(saved.count).toBeGreaterThan(40);
    // Back on the page later, the control says when the copy was made.
    await page.reload();
    await reachControl(page);
    await page
      .locator('.offline-control output')
      .filter({ hasText: `（${today()}保存）` })
      .waitFor({ timeout: 10_000 });

    await context.setOffline(true);
    await server.close();
    await openCopy(page, server.origin, '/check/q/redflags/');
    // The island runs from the cache: answering moves to the next question.
    await page.getByText('都没有').click();
    await page.waitForURL(/redflags=/);
    await openCopy(page, server.origin, '/check/result/merchant-demand/#redflags=none');
    await page.locator('#save-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('save-name') as HTMLInputElement | null)?.disabled);
    for (const path of ['/', '/guide/', '/guide/evidence/', '/cases/']) await openCopy(page, server.origin, path);
    await openCopy(page, server.origin, '/my/');
    await page.locator('.notebook').waitFor();

    // A case page and the search page were not saved: the fallback page stands in, and says why.
    for (const path of ['/cases/page/2/', '/search/?q=押金']) {
      const response = await page.goto(server.origin + path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(await page.locator('main h1').textContent(), path).toBe('离线使用');
      expect(await page.locator('main > .offline-copy').textContent(), path).toContain(
        `你要打开的页面没有离线副本。下面这些页面可以离线打开（${today()}保存）`,
      );
      expect(await page.locator('main a[href="/guide/evidence/"]').count(), path).toBe(1);
    }

    expect(requests.filter((u) => new URL(u).origin !== server.origin && !u.startsWith('data:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('saving a record asks the 离线也能用 control on the page to save the site (src/lib/offline/request.ts), and it says so', async () => {
    const { server, context } = await start();
    const page = await context.newPage();
    await page.goto(server.origin + OUTCOME);
    await reachControl(page);
    // What requestOffline() does, run in the page.
    await page.evaluate((name) => dispatchEvent(new Event(name)), OFFLINE_REQUESTED);
    await page
      .locator('.offline-control output')
      .filter({ hasText: `已存到这台设备，没有网络时也能打开（${today()}保存）` })
      .waitFor({ timeout: 30_000 });
    expect((await cached(page)).count).toBeGreaterThan(40);
  });

  it('guide and case pages register no service worker and load no script', async () => {
    const { server, context } = await start();
    const page = await context.newPage();
    for (const path of ['/guide/evidence/', '/cases/']) {
      await page.goto(server.origin + path);
      expect(await page.locator('script').count(), path).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), path).toBe(0);
    }
  });

  it('a new deploy saves the new pages, even when the host sends max-age and the HTTP cache holds the old ones', async () => {
    requireDist();
    // The second deploy: one page changed, so a new worker version.
    const next = join(DIST, '..', 'tests', '.tmp', 'dist-next-deploy');
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    cpSync(DIST, next, { recursive: true });
    const chapter = join(next, 'guide', 'evidence', 'index.html');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/<h1>/, '<p id="next-deploy">第二次部署</p><h1>'));
    const sw = readFileSync(join(next, 'sw.js'), 'utf8');
    const version = /const CACHE = PREFIX \+ '([0-9a-f]+)'/.exec(sw)![1]!;
    writeFileSync(join(next, 'sw.js'), sw.replace(`'${version}'`, "'000000000002'"));

    const { server, context } = await start({ headers: { 'cache-control': 'max-age=3600' } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/guide/evidence/`);
    await page.goto(server.origin + OUTCOME);
    await enableOffline(page);

    server.set({ dist: next });
    // The HTTP cache still answers with the old chapter: what the old worker would have saved.
    expect(await page.evaluate(() => fetch('/guide/evidence/').then((r) => r.text()))).not.toContain('next-deploy');
    // The browser looks for a new worker (as it does on a navigation); it installs and saves the new site.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    // The fallback page is saved last: once it is there, the new copy is complete.
    await until(() => page.evaluate(() => caches.match('/offline/', { cacheName: 'refundpath-000000000002' }).then((hit) => hit !== undefined)));
    const saved = await page.evaluate(() => caches.match('/guide/evidence/', { cacheName: 'refundpath-000000000002' }).then((r) => r!.text()));
    expect(saved).toContain('<p id="next-deploy">第二次部署</p>');
    rmSync(next, { recursive: true, force: true });
  });

  it('with a copy saved, a host that hangs or answers 503 shows the copy, saying so, without making the reader wait it out', async () => {
    const { server, context } = await start();
    const page = await context.newPage();
    await page.goto(server.origin + OUTCOME);
    await enableOffline(page);

    server.set({ mode: 'hang' });
    // Within a bounded wait (the network stays silent for good): the copy, with its notice.
    await openCopy(page, server.origin, '/guide/evidence/', 12_000);
    await openCopy(page, server.origin, OUTCOME, 12_000);

    server.set({ mode: '503' });
    await openCopy(page, server.origin, '/guide/', 12_000);
    expect(await page.locator('body').textContent()).not.toContain('Service Unavailable');
  });

  it('清除我的数据 removes the saved copy and nothing saves it again until the reader asks; then 离线也能用 works again', async () => {
    const { server, context } = await start();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(server.origin + OUTCOME);
    await enableOffline(page);
    expect((await cached(page)).count).toBeGreaterThan(40);
    expect(consoleErrors).toEqual([]);

    page.once('dialog', (d) => void d.accept());
    const clear = page.getByRole('button', { name: '清除我的数据' });
    // The toolkit hydrates when it scrolls into view (a click waits for an enabled button before scrolling).
    await clear.scrollIntoViewIfNeeded();
    await clear.click();
    await page.waitForFunction(() => caches.keys().then((k) => !k.some((n) => n.startsWith('refundpath-'))));
    // The control no longer says the site is saved; a visit does not save it again.
    await page.waitForFunction(() => document.querySelector('.offline-control output')?.textContent === '');
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect((await cached(page)).names).toEqual([]);

    await enableOffline(page);
    await server.close();
    await openCopy(page, server.origin, '/guide/');
  });
});
