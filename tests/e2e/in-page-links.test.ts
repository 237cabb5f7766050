import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { formatFragment } from '../../src/lib/tree/fragment';
import { allPaths } from '../../src/lib/tree/walk';
import { watchedPage } from '../helpers/browser';
import { useSite } from '../helpers/site';
import { realTree, ROOT } from '../helpers/tree';

const site = useSite();
const tree = realTree();

// How each answer reads in a letter, keyed "question=option", as the page gets it.
const facts = new Map<string, string>();
for (const e of loadContent(ROOT).entries.filter((e) => e.kind === 'questions')) {
  const q = e.data as { id: string; options: { id: string; fact?: string }[] };
  for (const o of q.options) if (o.fact) facts.set(`${q.id}=${o.id}`, o.fact);
}

// One valid answer chain per outcome, picked with a seeded generator so a failure can be replayed.
let seed = 20261126;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const paths = allPaths(tree);
const chains = Object.keys(tree.outcomes)
  .sort()
  .map((outcome) => {
    const options = paths.filter((p) => p.outcome === outcome);
    return { outcome, answers: options[Math.floor(rand() * options.length)]!.answers };
  });

describe('every in-page link on every outcome page keeps the answers', () => {
  it.each(chains.map((c) => [c.outcome, c] as const))('%s', async (_, { outcome, answers }) => {
    const context = await site.browser.newContext();
    const { page, consoleErrors } = await watchedPage(context);
    const fragment = formatFragment(answers);
    await page.goto(`${site.origin}/check/result/${outcome}/${fragment}`);
    await page.waitForFunction((n) => document.querySelectorAll('.answers dd').length === n, answers.length);

    const hrefs = await page.$$eval('a[href^="#"]', (links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length, 'the page has in-page links (at least the skip link)').toBeGreaterThan(0);
    let moves = 0;
    for (const [i, href] of hrefs.entries()) {
      const before = await page.evaluate(() => location.hash);
      // A real click's default action: the fragment navigation, popstate, then hashchange.
      await page.evaluate(async (n) => {
        (document.querySelectorAll('a[href^="#"]')[n] as HTMLAnchorElement).click();
        await new Promise((resolve) => setTimeout(resolve));
      }, i);
      expect(await page.evaluate(() => location.hash)).toBe(href);
      if (href !== before) moves++;
    }

    const letterFacts = answers.map((a) => facts.get(`${a.question}=${a.option}`)).filter((f): f is string => Boolean(f));
    const intact = async (where: string) => {
      expect(await page.locator('.answers dd').count(), `你的回答 ${where}`).toBe(answers.length);
      expect(await page.locator('.quiz [role="status"]').count(), `notice ${where}`).toBe(0);
      const letter = await page.evaluate(() => document.getElementById('letter-text')?.textContent ?? null);
      if (letter !== null) for (const f of letterFacts) expect(letter, `letter ${where}`).toContain(f);
    };
    // The toolkit hydrates only now, while the fragment is an anchor.
    await page.locator('#checklist-heading').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !(document.querySelector('.checklist input') as HTMLInputElement | null)?.disabled);
    await intact('after the in-page links');

    // Back through every entry the links made: the first one still holds the answers.
    await page.evaluate((n) => history.go(-n), moves);
    await page.waitForFunction((f) => location.hash === f, fragment);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
    await intact('after going back');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
