import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, parsePage } from '../helpers/dist';
import { realTree } from '../helpers/tree';

const pages = builtPages();

describe('every built page', () => {
  it('finds the pages the site must have', () => {
    for (const path of ['/', '/404.html', '/guide/', '/guide/scam-or-delay/']) expect(pages).toContain(path);
  });

  it.each(pages)('%s has lang, a title and exactly one h1', (path) => {
    const doc = parsePage(path);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.title.trim().length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('h1').length).toBe(1);
  });

  // Controls are mounted by plain scripts (src/islands/mount.ts: the quiz, the outcome toolkit,
  // search, the notebook), outcome pages and /offline/ carry the 离线也能用 control's; no other
  // page loads a script, and no page carries Astro's island runtime. Quiz, notebook and offline
  // pages link the manifest (no page registers the service worker on load).
  const scripted = (path: string) => path === '/my/' || path === '/offline/' || path === '/search/' || /^\/check\/(q|result)\//.test(path);
  const offline = (path: string) => path === '/check/' || (scripted(path) && path !== '/search/');
  it.each(pages)('%s loads a script only when it mounts controls or has a script of its own', (path) => {
    const doc = parsePage(path);
    expect(doc.querySelectorAll('astro-island').length, `${path} has an Astro island`).toBe(0);
    const scripts = doc.querySelectorAll('script:not([type="application/json"]), link[rel="modulepreload"]').length;
    if (!scripted(path)) expect(scripts, `${path} loads ${scripts} script(s)`).toBe(0);
    else expect(scripts).toBeGreaterThan(0);
    expect(doc.querySelector('link[rel="manifest"]') !== null, `${path}: manifest link`).toBe(offline(path));
  });

  it.each(pages)('%s has a skip link to main content and the disclaimer', (path) => {
    const doc = parsePage(path);
    expect(doc.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('footer')?.textContent).toContain('不是法律意见');
  });
});

describe('the home page', () => {
  const doc = parsePage('/');
  it('offers the three jobs and states the scam warning', () => {
    const links = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/check/', '/guide/', '/cases/']));
    expect(doc.querySelector('main')?.textContent).toMatch(/先交.*才能提现.*诈骗/);
  });
  it('has the header navigation and a search form that works without JavaScript', () => {
    const nav = [...doc.querySelectorAll('header nav a')].map((a) => a.textContent?.trim());
    expect(nav).toEqual(['指南', '自测', '案例']);
    const form = doc.querySelector('header form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
  });
});

describe('the quiz pages', () => {
  it('start page links to the first question of questions.yaml', () => {
    const start = parsePage('/check/');
    expect(start.querySelector('main a.button')?.getAttribute('href')).toBe('/check/q/redflags/');
  });
  it('every question and outcome has its own static page whose options are plain links', () => {
    const questionPages = pages.filter((p) => p.startsWith('/check/q/'));
    const outcomePages = pages.filter((p) => p.startsWith('/check/result/'));
    const tree = realTree();
    expect(questionPages.sort()).toEqual(
      Object.keys(tree.questions)
        .map((id) => `/check/q/${id}/`)
        .sort(),
    );
    expect(outcomePages.sort()).toEqual(
      Object.keys(tree.outcomes)
        .map((id) => `/check/result/${id}/`)
        .sort(),
    );
    for (const path of questionPages) {
      const links = [...parsePage(path).querySelectorAll('main .options a')].map((a) => a.getAttribute('href') ?? '');
      expect(links.length, path).toBeGreaterThanOrEqual(2);
      for (const href of links) expect(pages, `${path} links to ${href}`).toContain(href.split('#')[0]);
    }
  });
});

describe('the sitemap and the 404 page', () => {
  it('lists every page but the 404 in the sitemap', () => {
    const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(pages.filter((p) => p !== '/404.html').sort());
  });
  it('404 offers the three jobs', () => {
    const links = [...parsePage('/404.html').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/check/', '/guide/', '/cases/']));
  });
});

describe('the tree map', () => {
  it('/check/map/ outlines every question with where each answer leads, and lists every outcome', () => {
    const tree = realTree();
    const doc = parsePage('/check/map/');
    for (const q of Object.values(tree.questions)) {
      const item = doc.getElementById(`q-${q.id}`);
      expect(item, q.id).not.toBeNull();
      const targets = [...item!.querySelectorAll(':scope > ul > li > a')].map((a) => a.getAttribute('href'));
      expect(targets).toEqual(q.options.map((o) => (tree.outcomes[o.next] ? `/check/result/${o.next}/` : `#q-${o.next}`)));
    }
    const listed = [...doc.querySelectorAll('main a[href^="/check/result/"]')].map((a) => a.getAttribute('href'));
    for (const id of Object.keys(tree.outcomes)) expect(listed).toContain(`/check/result/${id}/`);
  });
});
