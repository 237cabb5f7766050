import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

// The README's "Repository layout" block is the map a new maintainer reads first: every folder and
// file at the top of src/ and content/ must be on it, and nothing on it may be gone from the tree.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the descriptions start: a line indented this far continues the one above it. */
const DESCRIPTION_COLUMN = 26;

/** The paths the layout block names, made whole from its indentation (two spaces a level). */
function layoutPaths(readme: string): string[] {
  const block = /## Repository layout\n+```\n([\s\S]*?)\n```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no code block under "## Repository layout"');
  const parents: { level: number; path: string }[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (!line.trim() || indent >= DESCRIPTION_COLUMN) continue;
    const level = indent / 2;
    while (parents.length && parents[parents.length - 1]!.level >= level) parents.pop();
    // The names come before the description, which starts after two spaces or more; a line of
    // several names (layouts/ pages/ styles/) lists siblings.
    const names = line
      .trim()
      .split(/\s{2,}/)[0]!
      .split(' ');
    const parent = parents[parents.length - 1]?.path ?? '';
    for (const name of names) paths.push(posix.join(parent, name));
    if (names.length === 1 && names[0]!.endsWith('/')) parents.push({ level, path: posix.join(parent, names[0]!) });
  }
  return paths;
}

/** Whether a path (a file, a folder ending in /, or a file glob with *) exists in the tree. */
function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(join(ROOT, path));
  const dir = join(ROOT, dirname(path));
  const pattern = new RegExp(`^${path.split('/').pop()!.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
  return existsSync(dir) && readdirSync(dir).some((name) => pattern.test(name));
}

describe('README layout', () => {
  const paths = layoutPaths(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('reads the block as whole paths', () => {
    const sample = [
      'content/',
      'content/guide/*.mdx',
      'content/tree/outcomes/*.mdx',
      'content/figures.yaml',
      'src/lib/urls.ts',
      'src/islands/toolkit/',
      'src/layouts/',
      'src/styles/',
      'tests/unit/',
    ];
    const readme =
      '## Repository layout\n\n```\ncontent/   x\n  guide/    y\n  tree/outcomes/*.mdx    z\nsrc/\n  lib/      a\n    urls.ts    b\n                          still b\n  layouts/ pages/\n```\n';
    expect(layoutPaths(readme)).toEqual([
      'content/',
      'content/guide/',
      'content/tree/outcomes/*.mdx',
      'src/',
      'src/lib/',
      'src/lib/urls.ts',
      'src/layouts/',
      'src/pages/',
    ]);
    for (const path of sample) expect(paths).toContain(path);
  });

  it('names only paths that exist', () => {
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });

  it.each(['src', 'content'])('names every folder and file at the top of %s/', (top) => {
    const missing = readdirSync(join(ROOT, top)).filter((name) => !paths.some((path) => path === `${top}/${name}` || path.startsWith(`${top}/${name}/`)));
    expect(missing).toEqual([]);
  });
});
