import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load';
import { citations } from '../../src/lib/content/refs';
import { builtPages, parsePage } from '../helpers/dist';
import { ROOT } from '../helpers/tree';

const chapters = loadContent(ROOT)
  .entries.filter((e) => e.kind === 'guide')
  .map((e) => ({ id: e.fileId!, data: e.data as { order: number; title: string; reviewed: string; outcomes: string[] }, body: e.body ?? '' }))
  .sort((a, b) => a.data.order - b.data.order);
const pages = builtPages();

describe('the rights guide', () => {
  it('has at least 10 chapters, each with its own page, in a unique order', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    expect(new Set(chapters.map((c) => c.data.order)).size).toBe(chapters.length);
    for (const c of chapters) expect(pages).toContain(`/guide/${c.id}/`);
  });

  it.each(chapters.map((c) => [c.id, c] as const))('%s: has substance, a citation, a review date and a conclusion first', (id, c) => {
    const han = (c.body.replace(/<[^>]+>/g, '').match(/\p{Script=Han}/gu) ?? []).length;
    expect(han, `${id} has ${han} Chinese characters`).toBeGreaterThanOrEqual(800);
    expect(citations(c.body).filter((x) => x.component === 'Law').length).toBeGreaterThan(0);
    const doc = parsePage(`/guide/${id}/`);
    const article = doc.querySelector('main article')!;
    expect(article.querySelector('time')?.getAttribute('datetime')).toBe(c.data.reviewed);
    expect(article.textContent).toContain('最后核对');
    expect(article.textContent).toContain('不是法律意见');
    // The conclusion box comes before the first section heading.
    const first = article.querySelector('.box, h2')!;
    expect(first.textContent).toContain('先说结论');
    // Every inline citation points at an entry of the page's reference list.
    for (const a of article.querySelectorAll('a.law')) expect(doc.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    // Links to the matching quiz steps.
    for (const outcome of c.data.outcomes) expect(article.querySelector(`a[href="/check/result/${outcome}/"]`), outcome).not.toBeNull();
  });

  it('answers 系统维护 one tap from the index: the link lands on a section that exists', () => {
    const link = parsePage('/guide/').querySelector('main .box a')!;
    const [path, hash] = decodeURI(link.getAttribute('href')!).split('#');
    expect(hash).toBe('系统维护');
    const section = parsePage(path!).getElementById(hash!);
    expect(section?.tagName).toMatch(/^H[2-4]$/);
    expect(section!.textContent).toBe('系统维护');
  });

  it('has a table of contents and previous/next links that follow the reading order', () => {
    chapters.forEach((c, i) => {
      const doc = parsePage(`/guide/${c.id}/`);
      const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href')!);
      for (const href of toc) expect(doc.getElementById(decodeURIComponent(href.slice(1))), `${c.id} toc ${href}`).not.toBeNull();
      expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(i > 0 ? `/guide/${chapters[i - 1]!.id}/` : null);
      expect(doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? null).toBe(i < chapters.length - 1 ? `/guide/${chapters[i + 1]!.id}/` : null);
    });
  });

  it('index links every chapter in reading order, each with its summary', () => {
    const doc = parsePage('/guide/');
    const links = [...doc.querySelectorAll('main ol a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(chapters.map((c) => `/guide/${c.id}/`));
  });
});
