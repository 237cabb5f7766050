import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../helpers/browser';
import { serveDist } from '../helpers/server';

// This file runs its own server so it can stop it: offline then means no server at all,
// not only Chromium's emulation (which does not cover a service worker's own fetches).
let browser: Browser;
let origin: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const server = await serveDist();
  origin = server.origin;
  close = server.close;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await close?.();
});

describe('offline in Chromium', () => {
  it('after one online visit, the quiz, an outcome, a guide chapter and the notebook load offline', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const { page, consoleErrors, requests } = await watchedPage(context);
    await page.goto(`${origin}/check/`);
    // The worker installs once the page has loaded; ready resolves when it is active (precache done).
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const names = await caches.keys();
      return { names, count: (await (await caches.open(names[0]!)).keys()).length };
    });
    expect(cached.names).toHaveLength(1);
    expect(cached.names[0]).toMatch(/^refundpath-[0-9a-f]{12}$/);
    expect(cached.count).toBeGreaterThan(40);

    await context.setOffline(true);
    await close();
    const load = async (path: string) => {
      const response = await page.goto(origin + path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(await page.locator('main h1').count(), path).toBe(1);
    };

    await load('/check/q/redflags/');
    // The island runs from the cache: answering moves to the next question.
    await page.getByText('都没有').click();
    await page.waitForURL(/redflags=/);
    await load('/check/result/merchant-demand/#redflags=none');
    await page.locator('#save-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.getElementById('save-name') as HTMLInputElement | null)?.disabled);
    await load('/guide/evidence/');
    await load('/my/');
    await page.locator('.notebook').waitFor();

    expect(requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('guide and case pages register no service worker and load no script', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const server = await serveDist();
    for (const path of ['/guide/evidence/', '/cases/']) {
      await page.goto(server.origin + path);
      expect(await page.locator('script').count(), path).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), path).toBe(0);
    }
    await server.close();
    await context.close();
  });
});
