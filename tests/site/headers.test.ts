import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, readPage } from '../helpers/dist';

describe('security headers', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const forAll = headers
    .split('\n')
    .filter((l) => /^\s+\S/.test(l))
    .map((l) => l.trim());

  it('_headers forbids framing in both forms, for every path', () => {
    expect(headers).toMatch(/^\/\*$/m);
    expect(forAll).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(forAll).toContain('X-Frame-Options: DENY');
  });

  it('no page puts frame-ancestors in its <meta> policy, where browsers ignore it', () => {
    const pages = builtPages();
    const metas = pages.map((p) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(readPage(p))?.[1]);
    expect(metas.filter(Boolean).length).toBe(pages.length);
    for (const [i, meta] of metas.entries()) expect(meta, pages[i]).not.toContain('frame-ancestors');
  });
});

describe('caching', () => {
  const rules = readFileSync(join(DIST, '_headers'), 'utf8');

  it('_headers lets browsers keep hashed /_astro/ files for a year, immutable', () => {
    const block = /^\/_astro\/\*\n((?:[ \t]+\S.*\n?)+)/m.exec(rules)?.[1] ?? '';
    expect(block).toMatch(/Cache-Control: public, max-age=31536000, immutable/);
  });
});
