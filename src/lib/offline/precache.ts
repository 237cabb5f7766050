import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What the service worker keeps for offline use: the quiz (start, questions, outcomes),
 * the notebook and the guide, with the CSS and JavaScript those pages use, including
 * islands hydrated later and modules loaded on demand, and the tree the quiz islands
 * fetch. Not the cases, the search page or the quiz map; search files are kept when first used.
 */
const PAGE_DIRS = ['check/q', 'check/result', 'guide'];
const PAGES = ['check/', 'my/', 'guide/'];
const DATA = ['check/tree.json'];

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Built assets a page refers to, and every module those import (statically or not). */
function assetsOf(dist: string, html: string, into: Set<string>): void {
  const queue = [...html.matchAll(/\/_astro\/[\w.-]+\.(?:js|css)/g)].map((m) => m[0]);
  while (queue.length) {
    const path = queue.pop()!;
    if (into.has(path) || !existsSync(join(dist, path))) continue;
    into.add(path);
    // Imports name siblings ("./x.js"); Vite's list of a dynamic import's files names them from the root ("_astro/x.js").
    if (path.endsWith('.js')) for (const m of readFileSync(join(dist, path), 'utf8').matchAll(/["'`](?:\.\/|_astro\/)([\w.-]+\.js)["'`]/g)) queue.push(`/_astro/${m[1]}`);
  }
}

/** Site paths to precache, read from a built dist/ (before Pagefind runs). */
export function precachePaths(dist: string): string[] {
  const pages = new Set(PAGES.filter((p) => existsSync(join(dist, p, 'index.html'))).map((p) => `/${p}`));
  for (const dir of PAGE_DIRS) {
    for (const file of walk(join(dist, dir))) {
      if (file.endsWith('/index.html')) pages.add('/' + relative(dist, file).split('\\').join('/').slice(0, -'index.html'.length));
    }
  }
  const assets = new Set<string>();
  for (const page of pages) assetsOf(dist, readFileSync(fileOf(dist, page), 'utf8'), assets);
  const data = DATA.filter((p) => existsSync(join(dist, p))).map((p) => `/${p}`);
  return [...[...pages].sort(), ...data, ...[...assets].sort()];
}

/** The file behind a site path. */
export function fileOf(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** A hash of everything Astro built: any change to the site makes a new cache version. */
export function buildVersion(dist: string): string {
  const hash = createHash('sha256');
  for (const file of walk(dist).sort()) {
    if (file.includes('/pagefind/') || file.endsWith('/sw.js')) continue;
    hash.update(relative(dist, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

/** The service worker with its version and precache list filled in. */
export function renderServiceWorker(template: string, version: string, paths: readonly string[]): string {
  return template.replace('__VERSION__', version).replace('[/* PRECACHE */]', JSON.stringify(paths));
}

/** The precache list of a generated service worker, for the budget test and the bench. */
export function readPrecache(sw: string): string[] {
  const m = /const PRECACHE = (\[[^\]]*\]);/.exec(sw);
  if (!m) throw new Error('sw.js has no PRECACHE list');
  return JSON.parse(m[1]!) as string[];
}
