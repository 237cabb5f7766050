import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, DIST, pageFile, parsePage } from '../helpers/dist';

const pages = builtPages();

// The link check reads every page, so its time grows with the library (paged case lists add
// pages); the limit is for a loaded 2-core machine, not a measure of speed.
const EVERY_PAGE = { timeout: 60_000 };

describe('built HTML', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  // One test a page: each stays far inside the timeout on a loaded machine, and a failure names its page.
  it.each(pages)('%s validates without errors (html-validate, recommended rules)', async (path) => {
    const report = await validator.validateFile(pageFile(path));
    const errors = report.results.flatMap((result) => result.messages.map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('has no broken internal link or anchor', EVERY_PAGE, () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path)) ids.set(path, new Set([...parsePage(path).querySelectorAll('[id]')].map((e) => e.id)));
      return ids.get(path)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const path of pages) {
      for (const a of parsePage(path).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        const isPage = pages.includes(target);
        if (!isPage && !existsSync(join(DIST, target))) {
          broken.push(`${path} → ${href}`);
          continue;
        }
        // Quiz fragments carry answers, not anchors; every other fragment must name an element.
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && isPage && !/^\/check\/(q|result)\//.test(target) && !idsOf(target).has(fragment)) broken.push(`${path} → ${href} (no such anchor)`);
        checked++;
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});
