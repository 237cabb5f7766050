import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';

const site = useSite();

const OUTCOME = '/check/result/merchant-demand/';
const ANSWERS = '#redflags=none&situation=platform&asked-merchant=not-yet';
const islandReady = (page: Page) => page.waitForFunction(() => document.querySelector('.quiz[data-tree="ready"]') !== null);
const answerCount = (page: Page) => page.locator('.answers dd').count();
const notices = (page: Page) => page.locator('.quiz [role="status"]').count();
const title = (page: Page) => page.evaluate(() => document.title);

/** Resolves once the next hashchange has been handled by every island (their renders are microtasks). */
const armHashchange = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { hashHandled: Promise<void> }).hashHandled = new Promise((resolve) =>
      addEventListener('hashchange', () => setTimeout(resolve), { once: true }),
    );
  });
const hashHandled = (page: Page) => page.evaluate(() => (window as unknown as { hashHandled: Promise<void> }).hashHandled);

/** Scrolls the toolkit into view and waits until it has hydrated. */
async function toolkitReady(page: Page) {
  await page.locator('#letter-heading').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !(document.getElementById('field-name') as HTMLInputElement | null)?.disabled);
}
const letter = (page: Page) => page.locator('#letter-text').textContent();

describe('in-page links keep the answers', () => {
  it('a law citation on an outcome page scrolls to the law and keeps 你的回答 and the letter, also after Back', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(site.origin + OUTCOME + ANSWERS);
    await islandReady(page);
    await page.waitForFunction(() => document.querySelectorAll('.answers dd').length === 3);

    await armHashchange(page);
    await page.locator('article a.law', { hasText: '第二十五条' }).first().click();
    await hashHandled(page);
    expect(new URL(page.url()).hash).toBe('#law-xiaofa-25');
    expect(await page.evaluate(() => document.getElementById('law-xiaofa-25')!.getBoundingClientRect().top)).toBeLessThan(50);
    expect(await notices(page)).toBe(0);
    expect(await answerCount(page)).toBe(3);
    // The toolkit hydrates now, while the fragment is the anchor: it still has the answers.
    await toolkitReady(page);
    expect(await letter(page)).toContain('我在电商平台上购物。');

    await page.goBack();
    await page.waitForURL(`**${OUTCOME}${ANSWERS}`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    expect(await answerCount(page)).toBe(3);
    expect(await notices(page)).toBe(0);
    expect(await letter(page)).toContain('我在电商平台上购物。');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the skip link on a question page moves focus to the content and keeps the question and answers', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors } = await watchedPage(context);
    const path = '/check/q/asked-merchant/';
    await page.goto(`${site.origin}${path}#redflags=none&situation=platform`);
    await islandReady(page);
    await page.waitForFunction(() => document.querySelectorAll('.answers dd').length === 2);
    const question = await page.locator('h1').textContent();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    await armHashchange(page);
    await page.keyboard.press('Enter');
    await hashHandled(page);
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`${path}#main`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await page.locator('h1').textContent()).toBe(question);
    expect(await notices(page)).toBe(0);
    expect(await answerCount(page)).toBe(2);

    await page.goBack();
    await page.waitForURL(`**${path}#redflags=none&situation=platform`);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    expect(await page.locator('h1').textContent()).toBe(question);
    expect(await answerCount(page)).toBe(2);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the toolkit uses only answers the tree accepts', () => {
  it('writes no fact from answers that do not lead to this outcome, and follows the fragment when it changes', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(`${site.origin}${OUTCOME}#redflags=gambling&fraud-paid=just-now`);
    await islandReady(page);
    await page.waitForSelector('.quiz [role="status"]');
    await toolkitReady(page);
    expect(await letter(page)).not.toContain('博彩');
    expect(await letter(page)).not.toContain('我刚按对方要求转过钱');

    // A new fragment (typed, or from another link) is read again by both islands.
    await armHashchange(page);
    await page.evaluate((hash) => (location.hash = hash), ANSWERS);
    await hashHandled(page);
    expect(await letter(page)).toContain('我在电商平台上购物。');
    expect(await answerCount(page)).toBe(3);
    expect(await notices(page)).toBe(0);

    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('gambling'));
    await page.waitForFunction(() => !document.getElementById('letter-text')?.textContent?.includes('我在电商平台上购物。'));
    expect(await letter(page)).not.toContain('博彩');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('the page title follows the question', () => {
  it('after a restart from a garbled link', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/check/q/tried/#redflags=none&situation=%%%`);
    await page.waitForSelector('.quiz [role="status"]');
    const question = await page.locator('h1').textContent();
    expect(question).toBe('先排除诈骗：对方有没有下面任何一种情况？');
    expect(await title(page)).toMatch(new RegExp(`^${question}\\s*\\|`));
    await page.close();
  });

  it('after Back and Forward between questions', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/check/q/situation/#redflags=none`);
    await islandReady(page);
    await page.getByRole('link', { name: /电商平台购物/ }).click();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('你有没有用文字'));
    expect(await title(page)).toMatch(/^你有没有用文字/);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '你的钱是在哪里卡住的？');
    // The title is set after the question renders: give it the moment it takes on a loaded machine.
    await page.waitForFunction(() => document.title.startsWith('你的钱是在哪里卡住的？'), undefined, { timeout: 5000 }).catch(() => {});
    expect(await title(page)).toMatch(/^你的钱是在哪里卡住的？\s*\|/);
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.startsWith('你有没有用文字'));
    await page.waitForFunction(() => document.title.startsWith('你有没有用文字'), undefined, { timeout: 5000 }).catch(() => {});
    expect(await title(page)).toMatch(/^你有没有用文字/);
    await page.close();
  });

  it('after a fragment typed into the address bar moves to another question', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/check/q/situation/#redflags=none`);
    await islandReady(page);
    await page.evaluate(() => (location.hash = 'garbage=1'));
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '先排除诈骗：对方有没有下面任何一种情况？');
    expect(await title(page)).toMatch(/^先排除诈骗/);
    await page.close();
  });
});

describe('清除我的数据', () => {
  it("removes this site's keys only, and the answers from the page, its history entry, 你的回答 and the letter", async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(site.origin + OUTCOME + ANSWERS);
    await islandReady(page);
    await toolkitReady(page);
    await page.getByLabel('聊天记录', { exact: false }).first().check();
    await page.evaluate(() => {
      localStorage.setItem('other-app:token', 'keep');
      sessionStorage.setItem('other-app:draft', 'keep');
      sessionStorage.setItem('refundpath:scratch', 'x');
    });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('refundpath:')).length)).toBe(1);

    // 清除我的数据 asks first: the reader says yes.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '清除我的数据' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.checklist input:checked').length === 0);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['other-app:token']);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['other-app:draft']);
    expect(new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).pathname).toBe(OUTCOME);
    await page.waitForFunction(() => document.querySelector('.answers') === null);
    expect(await letter(page)).not.toContain('我在电商平台上购物。');
    expect(consoleErrors).toEqual([]);

    // The reload the reader may do next brings nothing back.
    await page.reload();
    await islandReady(page);
    expect(await answerCount(page)).toBe(0);
    await context.close();
  });

  it('also replaces the entries of this page that in-page links left behind, so Back brings no answer back', async () => {
    const context = await site.browser.newContext();
    const { page, consoleErrors } = await watchedPage(context);
    await page.goto(site.origin + OUTCOME + ANSWERS);
    await islandReady(page);
    await armHashchange(page);
    await page.locator('article a.law', { hasText: '第二十五条' }).first().click();
    await hashHandled(page);
    await toolkitReady(page);
    // 清除我的数据 asks first: the reader says yes.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '清除我的数据' }).click();
    await page.getByText('已清除本站在这台设备上保存的', { exact: false }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => history.state)).toBeNull();
    await page.goBack();
    await page.waitForFunction(() => location.hash === '');
    expect(new URL(page.url()).pathname).toBe(OUTCOME);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    expect(await answerCount(page)).toBe(0);
    expect(await letter(page)).not.toContain('我在电商平台上购物。');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
