import { describe, expect, it } from 'vitest';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();

describe('home page in Chromium', () => {
  it('loads with no console errors and no request to another origin', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors, requests } = await watchedPage(context);
    await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('h1').textContent()).toContain('钱被卡住了');
    expect(consoleErrors).toEqual([]);
    const foreign = requests.filter((url) => new URL(url).origin !== site.origin);
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    await context.close();
  });
});
