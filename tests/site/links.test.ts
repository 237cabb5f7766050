import { describe, expect, it } from 'vitest';
import { linkProblem } from '../../src/lib/content/links';
import { builtPages, readPage } from '../helpers/dist';

describe('links in the built pages', () => {
  it('every link that leaves the site is https to a valid host name', () => {
    const bad: string[] = [];
    let external = 0;
    for (const page of builtPages()) {
      for (const m of readPage(page).matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^(?:\/(?!\/)|#|tel:)/.test(href)) continue;
        external++;
        const problem = linkProblem({ line: 0, url: href, bare: false });
        if (problem) bad.push(`${page}: ${problem}`);
      }
    }
    expect(external).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('the 12315 outcome links the platform as written, not the words after it', () => {
    expect(readPage('/check/result/complaint-12315/')).toContain('<a href="https://www.12315.cn/">www.12315.cn</a>）');
  });
});
