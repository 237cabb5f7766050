import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { weigh } from '../bench/weigh';
import { isCaseList } from '../bench/scale';
import { builtPages, parsePage } from '../helpers/dist';
import { buildCopy, copyProject, writeGeneratedCases } from '../helpers/project';
import { ROOT } from '../helpers/tree';

// The case library at scale: a copy of the project with generated cases, built once. Every
// list page (index and filters, all their pages) must keep within the reading-page budget.
const COUNT = 250;
const KB = 1024;

describe(`the case library with ${COUNT} cases`, () => {
  it('paginates every list and keeps each case page and list page within 16 KB without JavaScript', { timeout: 300_000 }, () => {
    const { dir, remove } = copyProject(ROOT, 'refundpath-scale-test-');
    try {
      writeGeneratedCases(dir, COUNT);
      const build = buildCopy(ROOT, dir);
      expect(build.status, build.output).toBe(0);
      const dist = join(dir, 'dist');
      const pages = builtPages(dist).filter((p) => p.startsWith('/cases/') && p.endsWith('/'));
      const lists = pages.filter(isCaseList);
      // The index alone spans ceil(250 / 20) = 13 pages.
      expect(lists.filter((p) => /^\/cases\/(page\/\d+\/)?$/.test(p))).toHaveLength(Math.ceil(COUNT / 20));
      expect(pages.length - lists.length).toBe(COUNT);
      const heavy: string[] = [];
      for (const path of pages) {
        const w = weigh(dist, path);
        if (w.js > 0 || w.html + w.css > 16 * KB) heavy.push(`${path}: ${w.html + w.css} bytes, ${w.js} bytes JS`);
      }
      expect(heavy).toEqual([]);
      // Each list page shows at most 20 cases.
      const read = (path: string) => parsePage(path, dist);
      for (const path of lists) expect(read(path).querySelectorAll('main .card').length, path).toBeLessThanOrEqual(20);
    } finally {
      remove();
    }
  });
});
