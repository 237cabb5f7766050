import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { situationOf } from '../../src/lib/tree/situations';
import type { Tree } from '../../src/lib/tree/types';
import { allPaths } from '../../src/lib/tree/walk';
import { outcomeUrl } from '../../src/lib/urls';
import { watchedPage } from '../helpers/browser';
import { DIST } from '../helpers/dist';
import { useSite } from '../helpers/site';

const site = useSite();
const tree = JSON.parse(readFileSync(join(DIST, 'check/tree.json'), 'utf8')) as Tree;

// One path for every (situation, outcome) pair the tree allows, grouped by outcome.
const byOutcome = new Map<string, Map<string, string>>();
for (const path of allPaths(tree)) {
  const situation = situationOf(tree, path.answers, path.outcome)!;
  const pairs = byOutcome.get(path.outcome) ?? new Map<string, string>();
  if (!pairs.has(situation)) pairs.set(situation, `#${path.answers.map((a) => `${a.question}=${a.option}`).join('&')}`);
  byOutcome.set(path.outcome, pairs);
}

describe('你的情况 with JavaScript', () => {
  it('on every outcome, for every situation that reaches it, shows that situation’s title and right', { timeout: 120_000 }, async () => {
    // A phone's screen: on a fraud page the card must leave the police call on the first screen.
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page, consoleErrors } = await watchedPage(context);
    const card = page.locator('[data-situation-card] [data-card]');
    const heading = page.locator('[data-situation-card] h2');
    let pairs = 0;
    for (const [outcome, situations] of byOutcome) {
      let first = true;
      for (const [situation, fragment] of situations) {
        // The first pair of an outcome loads the page; the others change only the fragment, as a reader's back and forward do.
        if (first) await page.goto(site.origin + outcomeUrl(outcome) + fragment);
        else await page.evaluate((f) => (location.hash = f), fragment);
        first = false;
        const s = tree.situations![situation]!;
        await page.waitForFunction((id) => document.querySelector<HTMLElement>('[data-situation-card]')?.dataset.situation === id, situation);
        expect(await heading.textContent(), `${outcome}${fragment}`).toBe(`你的情况：${s.title}`);
        const text = await card.textContent();
        // A consumer card gives the right, the channel and the trap; on a fraud outcome, above the
        // police call, the card gives only the trap (its page has the rest).
        if (s.branch !== 'fraud' && tree.outcomes[outcome]!.branch !== 'fraud') {
          expect(text, `${outcome}${fragment}`).toContain(s.right);
          expect(text, `${outcome}${fragment}`).toContain(s.channel);
        }
        expect(text, `${outcome}${fragment}`).toContain(s.trap);
        expect(await card.locator('a').getAttribute('href')).toBe(s.url);
        if (tree.outcomes[outcome]!.branch === 'fraud') {
          const height = (await page.locator('[data-situation-card]').boundingBox())!.height;
          expect(height, `${outcome}${fragment}: the card takes ${height}px above the police call`).toBeLessThanOrEqual(844 / 3);
        }
        expect(await card.isVisible()).toBe(true);
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(byOutcome.size - 1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('without answers keeps the static list, and a link into the list still works', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const [outcome] = byOutcome.keys();
    await page.goto(site.origin + outcomeUrl(outcome!));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-situation-card] [data-card]').isHidden()).toBe(true);
    expect(await page.locator('[data-situation-card] h2').textContent()).toBe('你的情况');
    await page.locator('[data-situation-card] summary').click();
    const link = page.locator('[data-situation-card] details a').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await context.close();
  });
});
