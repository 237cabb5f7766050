// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the samples are source code with ${…} in it, which the pattern must catch
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Every internal link comes from src/lib/urls.ts (islands import it through src/lib/core.ts). A path to a page written as a string or
// template in a page, component, layout, island, data function or integration is a second
// place that URL lives, and drifts. Assets (/sw.js, /manifest.webmanifest) are not pages.
const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['src/pages', 'src/components', 'src/layouts', 'src/islands', 'src/data', 'src/integrations', 'src/i18n'];
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

  it('no page, component, island or data function writes a page path: they use src/lib/urls.ts', () => {
    const found = DIRS.flatMap((d) => files(join(ROOT, d))).flatMap((f) => hardCodedUrls(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
