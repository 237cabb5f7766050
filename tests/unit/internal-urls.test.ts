// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the samples are source code with ${…} in it, which the pattern must catch
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Every internal link comes from src/lib/urls.ts. A path to a page written as a string or
// template in a page, component, layout, island, data function or integration is a second
// place that URL lives, and drifts. Assets (/sw.js, /manifest.webmanifest) are not pages.
const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['src/pages', 'src/components', 'src/layouts', 'src/islands', 'src/data', 'src/integrations', 'src/i18n'];
// Islands other than the quiz keep their few paths as text: importing src/lib/urls.ts from a
// second island makes the bundler split it into a shared chunk, loaded with the quiz. Measured
// 2026-12-04 with one core module (URLs, id rule, storage and cache prefixes) imported by every
// island: outcome pages 12,245 -> 12,577 B gzip, over their 12,288 (README, "One owner for
// each concept"). Remove this list when the outcome pages have the room.
const BUDGET_BOUND = ['src/islands/Search.tsx', 'src/islands/Notebook.tsx', 'src/islands/SaveRecord.tsx'];
const PAGE_PATH = /["'`]\/(?:guide|cases|check|search|my)(?:[/?#"'`$]|\b)|(?:href|action)=["']\/["'#?]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|tsx?)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function hardCodedUrls(path: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (PAGE_PATH.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
}

describe('internal URLs', () => {
  it('the pattern catches the ways a page path gets written by hand', () => {
    for (const line of [
      '<a href="/check/">',
      'href={`/check/result/${id}/`}',
      "href: '/guide/'",
      'action="/search/"',
      '<a href="/">',
      "url('/cases/feed.xml')",
      '`/my/#${id}`',
    ])
      expect(hardCodedUrls('x', line), line).toHaveLength(1);
    for (const line of ['<link rel="manifest" href="/manifest.webmanifest" />', 'href={outcomeUrl(id)}', "'/sw.js'"])
      expect(hardCodedUrls('x', line), line).toEqual([]);
  });

  it('no page, component, quiz island or data function writes a page path: they use src/lib/urls.ts', () => {
    const found = DIRS.flatMap((d) => files(join(ROOT, d)))
      .filter((f) => !BUDGET_BOUND.includes(relative(ROOT, f)))
      .flatMap((f) => hardCodedUrls(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
