import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FAILED = '搜索暂时无法加载';

describe('the search page in Chromium', () => {
  it('typing a query shows titled, typed, highlighted results and puts the query in the URL', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors, requests } = await watchedPage(context);
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search section h2');
    await page.locator('#search-q').fill('小额诉讼');
    await page.locator('#search-q').press('Enter');
    await page.waitForSelector('.results > li');
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('小额诉讼')}`);
    const first = page.locator('.results > li').first();
    expect(await first.locator('a').textContent()).toBeTruthy();
    expect(await page.locator('.results .tag').first().textContent()).toMatch(/指南|案例|自测结果/);
    expect(await page.locator('.results mark').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(requests.filter((u) => new URL(u).origin !== site.origin)).toEqual([]);
    await context.close();
  });

  it('filters by type, and the URL round trip and back button restore the search', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
    await page.waitForSelector('.results > li');
    // How many results were found (the list shows the first few).
    const count = async () => Number((await page.locator('.search [aria-live] .muted').textContent())?.match(/\d+/)?.[0]);
    const all = await count();
    await page.getByRole('radio', { name: '案例' }).check();
    // The address names the type by id, not by its label.
    await page.waitForURL(/[?&]type=case(&|$)/);
    await page.waitForFunction(() => [...document.querySelectorAll('.results .tag')].every((t) => t.textContent === '案例'));
    const cases = await count();
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBeLessThan(all);
    // A shared link restores query and filter.
    const shared = page.url();
    const other = await site.browser.newPage();
    await other.goto(shared);
    await other.waitForSelector('.results > li');
    expect(await other.locator('#search-q').inputValue()).toBe('押金');
    expect(await other.getByRole('radio', { name: '案例' }).isChecked()).toBe(true);
    await other.close();
    // Back returns to the unfiltered search.
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('type='));
    await page.waitForFunction((n) => document.querySelector('.search [aria-live] .muted')?.textContent?.startsWith(`${n} `), all);
    expect(await page.getByRole('radio', { name: '全部' }).isChecked()).toBe(true);
    await page.close();
  });

  it('header search box submits to the search page without JavaScript, which says search needs it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/guide/`);
    await page.locator('#site-search').fill('押金');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    const text = await page.locator('main').textContent();
    expect(text).toContain('搜索需要浏览器开启 JavaScript');
    expect(await page.locator('main a[href="/guide/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/cases/"]').count()).toBe(1);
    await context.close();
  });

  it('says so and links the guide and cases when the index cannot load', async () => {
    const context = await site.browser.newContext();
    await context.route('**/pagefind/**', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
    await page.waitForSelector('[role="alert"]');
    expect(await page.locator('[role="alert"]').textContent()).toContain('搜索暂时无法加载');
    expect(await page.locator('[role="alert"] a[href="/guide/"]').count()).toBe(1);
    await context.close();
  });

  it('can be used with the keyboard only', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search section h2');
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'search-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('调解');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.results > li a');
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.closest('.results') !== null)); i++) await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toBeTruthy();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    await page.close();
  });

  it('no other page loads search JavaScript', async () => {
    const context = await site.browser.newContext();
    const { page, requests } = await watchedPage(context);
    await page.goto(`${site.origin}/guide/evidence/`);
    await page.locator('#site-search').focus();
    await page.locator('#site-search').fill('押金');
    // Condition, not a fixed wait: nothing is left to load once the network is idle.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('header form[action="/search/"][method="get"] #site-search').count()).toBe(1);
    expect(requests.filter((u) => u.includes('/pagefind/') || u.endsWith('.js'))).toEqual([]);
    await context.close();
  });

  it('shows the best answer first: scam words always lead to a fraud outcome, with a link to the quiz', async () => {
    const page = await site.browser.newPage();
    for (const [query, href] of [
      ['平台说要交解冻费才能提现', /^\/check\/result\/fraud-stop\/$/],
      ['押金不退怎么办', /^\/check\/result\/deposit\/$/],
      ['12326', /^\/check\/result\/flight\/$/],
    ] as const) {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('.results > li');
      const card = page.locator('.answer');
      expect(await card.locator('h2 a').getAttribute('href'), query).toMatch(href);
      expect(await card.locator('a[href="/check/"]').count()).toBe(1);
      // The card comes before the list.
      expect(
        await page.evaluate(() =>
          Boolean(document.querySelector('.answer')!.compareDocumentPosition(document.querySelector('.results')!) & Node.DOCUMENT_POSITION_FOLLOWING),
        ),
      ).toBe(true);
    }
    expect(await page.locator('.answer.danger').count()).toBe(0);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('注单异常')}`);
    await page.waitForSelector('.results > li');
    expect(await page.locator('.answer.danger h2 a').getAttribute('href')).toBe('/check/result/gambling/');
    await page.close();
  });

  it('searches a pasted text by its key words, end included, and keeps only those in ?q=', async () => {
    const page = await site.browser.newPage();
    // About 90 KB of text whose demand (押金) comes only at the end.
    const pasted = `${'我跟房东说了好几次，他一直拖着。'.repeat(2000)}我要求退还押金`;
    expect(new TextEncoder().encode(pasted).length).toBeGreaterThan(90_000);
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('.search[data-state="idle"]');
    await page.locator('#search-q').fill(pasted);
    await page.locator('#search-q').press('Enter');
    await page.waitForSelector('.search[data-state="ready"]');
    const q = new URL(page.url()).searchParams.get('q') ?? '';
    expect(q.length).toBeLessThan(40);
    expect(q.split(' ')).toContain('押金');
    expect(await page.locator('.search').getAttribute('data-query')).toBe(q);
    expect(await page.locator('.searched').textContent()).toContain(q);
    const urls = await page.$$eval('.results > li > a', (links) => links.slice(0, 5).map((a) => a.getAttribute('href')));
    expect(urls).toContain('/check/result/deposit/');
    // The header's form sends the whole text (no JavaScript there): the island puts the key words in the address.
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(pasted.slice(-1000))}`);
    await page.waitForSelector('.search[data-state="ready"]');
    expect(new URL(page.url()).searchParams.get('q')).toBe(q);
    await page.close();
  });

  it('says search failed, not "no results", when an index chunk is missing', async () => {
    const context = await site.browser.newContext();
    await context.route('**/pagefind/index/*', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
    await page.waitForSelector('[role="alert"], .results > li, .search section h2');
    expect(await page.locator('main').textContent()).not.toContain('没有找到相关内容');
    expect(await page.locator('[role="alert"]').textContent()).toContain(FAILED);
    expect(consoleErrors.filter((e) => !e.includes('Failed to load') && !e.includes('404'))).toEqual([]);
    await context.close();
  });

  it('更多 says search failed when the next results cannot download', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('退款')}`);
    await page.waitForSelector('.results > li');
    await context.route('**/pagefind/fragment/*', (route) => route.abort());
    await page.getByRole('button', { name: '显示更多结果' }).click();
    await page.waitForSelector('[role="alert"]');
    expect(await page.locator('[role="alert"]').textContent()).toContain(FAILED);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("catches Pagefind's own rejection on a corrupt file and says search failed", async () => {
    for (const file of ['**/pagefind/*.pf_meta', '**/pagefind/wasm.*']) {
      const context = await site.browser.newContext();
      await context.route(file, (route) => route.fulfill({ status: 200, body: 'corrupt' }));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent('押金')}`);
      await page.waitForSelector('[role="alert"]');
      expect(await page.locator('[role="alert"]').textContent(), file).toContain(FAILED);
      expect(errors, file).toEqual([]);
      await context.close();
    }
  });

  it('says that the query travels in the URL and can reach access logs, on the search page and in the footer', async () => {
    const page = await site.browser.newPage();
    for (const path of ['/search/', '/guide/evidence/']) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.locator('footer').textContent(), path).toContain('搜索词会出现在网址里');
    }
    await page.goto(`${site.origin}/search/`);
    expect(await page.locator('main').textContent()).toMatch(/搜索词会出现在网址里.*访问日志/);
    await page.close();
  });

  it('has one unique search landmark name per form (axe, all rules)', async () => {
    const page = await site.browser.newPage();
    for (const query of ['', '押金']) {
      await page.goto(`${site.origin}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
      await page.waitForSelector(query ? '.results > li' : '.search section h2');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document)).violations.map((v) => v.id);
      });
      expect(violations, query).not.toContain('landmark-unique');
    }
    await page.close();
  });
});
