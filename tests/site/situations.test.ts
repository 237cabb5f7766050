import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load';
import { situationOf } from '../../src/lib/tree/situations';
import type { Tree } from '../../src/lib/tree/types';
import { allPaths } from '../../src/lib/tree/walk';
import { guideIndexUrl, outcomeUrl, quizStartUrl, situationsUrl, situationUrl } from '../../src/lib/urls';
import { situationSchema } from '../../src/schemas';
import { DIST, parsePage } from '../helpers/dist';
import { ROOT } from '../helpers/tree';

// The tree as the islands get it, with the situations' cards.
const tree = JSON.parse(readFileSync(join(DIST, 'check/tree.json'), 'utf8')) as Tree;
const situations = loadContent(ROOT, ['situations']).entries.map((e) => ({ id: e.fileId!, data: situationSchema.parse(e.data) }));
const fragment = (answers: { question: string; option: string }[]) => `#${answers.map((a) => `${a.question}=${a.option}`).join('&')}`;

describe('situations on outcome pages without JavaScript', () => {
  it('every path’s outcome page links the page of the situation its answers name', () => {
    const pairs = new Map<string, string>();
    for (const path of allPaths(tree)) {
      const situation = situationOf(tree, path.answers, path.outcome);
      expect(situation, `${path.outcome} ${fragment(path.answers)}`).toBeDefined();
      pairs.set(`${situation} ${path.outcome}`, fragment(path.answers));
    }
    expect(pairs.size).toBeGreaterThan(0);
    const links = new Map<string, string[]>();
    for (const [pair, answers] of pairs) {
      const [situation, outcome] = pair.split(' ') as [string, string];
      if (!links.has(outcome)) {
        const block = parsePage(outcomeUrl(outcome)).querySelector('[data-situation-card]');
        expect(block?.querySelector('h2')?.textContent, outcome).toBe('你的情况');
        links.set(
          outcome,
          [...(block?.querySelectorAll('details a') ?? [])].map((a) => a.getAttribute('href')!),
        );
      }
      expect(links.get(outcome), `${outcomeUrl(outcome)}${answers} must link ${situationUrl(situation)}`).toContain(situationUrl(situation));
    }
  });

  it('sits right after the summary box and is not indexed for search', () => {
    const doc = parsePage(outcomeUrl(allPaths(tree)[0]!.outcome));
    const block = doc.querySelector('[data-situation-card]')!;
    expect(block.previousElementSibling?.classList.contains('box')).toBe(true);
    expect(block.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});

describe('/check/tree.json', () => {
  it('carries every situation’s card: title, page, right with its law, channel, trap, branch', () => {
    expect(Object.keys(tree.situations ?? {}).sort()).toEqual(situations.map((s) => s.id).sort());
    for (const s of situations) {
      const card = tree.situations![s.id]!;
      expect(card).toMatchObject({
        title: s.data.title,
        url: situationUrl(s.id),
        right: s.data.card.right,
        channel: s.data.card.channel,
        trap: s.data.card.trap,
        branch: s.data.branch,
      });
      expect(card.law).toMatch(/^《.+》.+/);
    }
  });
});

describe('situation pages', () => {
  it('the list groups every situation under its group, in order, and the guide index links it', () => {
    const doc = parsePage(situationsUrl());
    const listed = [...doc.querySelectorAll('main section')].flatMap((section) =>
      [...section.querySelectorAll('a')].map((a) => ({ group: section.querySelector('h2')!.textContent, url: a.getAttribute('href') })),
    );
    expect(listed.map((l) => l.url).sort()).toEqual(situations.map((s) => situationUrl(s.id)).sort());
    for (const s of situations) expect(listed.find((l) => l.url === situationUrl(s.id))!.group).toBe(s.data.group);
    for (const group of new Set(situations.map((s) => s.data.group))) {
      const inGroup = listed.filter((l) => l.group === group).map((l) => l.url);
      const byOrder = situations
        .filter((s) => s.data.group === group)
        .sort((a, b) => a.data.order - b.data.order)
        .map((s) => situationUrl(s.id));
      expect(inGroup).toEqual(byOrder);
    }
    expect([...parsePage(guideIndexUrl()).querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(situationsUrl());
  });

  it.each(situations.map((s) => [s.id, s] as const))('%s: card, cited rights, channels with what they handle, evidence, avoid, quiz link; indexed', (id, s) => {
    const doc = parsePage(situationUrl(id));
    const article = doc.querySelector('article[data-pagefind-body]')!;
    expect(article.getAttribute('data-pagefind-filter')).toBe('type:guide');
    const text = article.textContent!;
    for (const t of [
      s.data.for,
      s.data.card.right,
      s.data.card.channel,
      s.data.card.trap,
      ...s.data.evidence,
      ...s.data.avoid,
      ...s.data.rights.map((r) => r.text),
    ])
      expect(text).toContain(t);
    for (const r of s.data.rights) {
      expect(article.querySelector(`a.law[href="#law-${r.law}"]`), r.law).not.toBeNull();
      if (r.conditions) expect(text).toContain(r.conditions);
    }
    for (const c of s.data.channels) expect(text).toContain(c.handles);
    expect(article.querySelectorAll('.channel').length).toBeGreaterThanOrEqual(s.data.channels.length);
    expect([...article.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(quizStartUrl());
    expect(article.querySelector('time')?.getAttribute('datetime')).toBe(s.data.reviewed);
  });
});
