import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, parsePage } from '../helpers/dist';

const pages = builtPages();

// Both tests parse every built page, so their time grows with the (paged) case library.
const EVERY_PAGE = { timeout: 60_000 };

describe('the search index', () => {
  it('is one Pagefind index with one lower-case language tag, zh-cn', EVERY_PAGE, () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    const indexed = pages.filter((p) => parsePage(p).querySelector('[data-pagefind-body]'));
    expect(entry.languages['zh-cn']!.page_count).toBe(indexed.length);
  });

  it('indexes only the main content of guide chapters, situations, cases and quiz outcomes, each with a type and a summary', EVERY_PAGE, () => {
    for (const path of pages) {
      const doc = parsePage(path);
      const body = doc.querySelector('[data-pagefind-body]');
      // Lists are not indexed: the case filters and the situations list.
      const shouldIndex =
        /^\/(guide|guide\/situations|cases|check\/result)\/[^/]+\/$/.test(path) &&
        !/^\/cases\/(situation|payment|result)\//.test(path) &&
        path !== '/guide/situations/';
      expect(Boolean(body), path).toBe(shouldIndex);
      if (!body) continue;
      expect(body.closest('main'), path).not.toBeNull();
      expect(body.querySelector('header, footer, nav.pager'), path).toBeNull();
      // The type by id (src/lib/search/type.ts), never a Chinese label: the island labels it.
      const type = path.startsWith('/cases/') ? 'case' : path.startsWith('/check/') ? 'outcome' : 'guide';
      expect(body.getAttribute('data-pagefind-filter'), path).toBe(`type:${type}`);
      expect(body.getAttribute('data-pagefind-meta'), path).toMatch(/^summary:.+/);
    }
  });
});
