import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchedPage } from '../helpers/browser';
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

describe('home page in Chromium', () => {
  it('loads with no console errors and no request to another origin', async () => {
    const context = await browser.newContext();
    const { page, consoleErrors, requests } = await watchedPage(context);
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toContain('钱被卡住了');
    expect(consoleErrors).toEqual([]);
    const foreign = requests.filter((url) => new URL(url).origin !== server.origin);
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    await context.close();
  });
});
