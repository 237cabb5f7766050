import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CACHE_PREFIX } from '../core.ts';
import { SAVED_HEADER } from './enable.ts';

/**
 * What the service worker saves when the reader asks for offline use: the home page, the
 * quiz (start, questions, outcomes), the notebook, the guide, the first page of the case
 * list and the fallback page (src/pages/offline/), with the CSS and JavaScript those pages
 * use, including islands hydrated later and modules loaded on demand, and the tree the quiz
 * islands fetch. Not single cases, the search page or the quiz map (the fallback page answers
 * for them offline); search files are kept when first used.
 */
const PAGE_DIRS = ['check/q', 'check/result', 'guide'];
const PAGES = ['', 'check/', 'my/', 'guide/', 'cases/', 'offline/'];
const DATA = ['check/tree.json'];
/** Situation pages stay out (dozens of pages against a 400 KB budget): offline, tree.json still gives the outcome page its situation card. */
const SKIP = ['guide/situations/'];

/**
 * The precache budget, gzip: what 离线也能用 may download at most (the page says it, a test holds it).
 * 640, up from 560: every page carries its stylesheet inline (2.6 KB gzip, so that it renders from
 * its first round trip, issue 20), which costs the copy's 60-odd pages about 158 KB (453 → 612 KB).
 */
export const PRECACHE_BUDGET_KB = 640;

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
    if (path.endsWith('.js'))
      for (const m of readFileSync(join(dist, path), 'utf8').matchAll(/["'`](?:\.\/|_astro\/)([\w.-]+\.js)["'`]/g)) queue.push(`/_astro/${m[1]}`);
  }
}

/** Site paths to precache, read from a built dist/ (before Pagefind runs). */
export function precachePaths(dist: string): string[] {
  const pages = new Set(PAGES.filter((p) => existsSync(join(dist, p, 'index.html'))).map((p) => `/${p}`));
  for (const dir of PAGE_DIRS) {
    for (const file of walk(join(dist, dir))) {
      const path = relative(dist, file).split('\\').join('/');
      if (SKIP.some((dir) => path.startsWith(dir))) continue;
      if (file.endsWith('/index.html')) pages.add(`/${relative(dist, file).split('\\').join('/').slice(0, -'index.html'.length)}`);
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

/** What the worker needs besides its list: the fallback page's path and the words of its notices. */
export interface WorkerSettings {
  fallback: string;
  /** `copy` and `missing` are put at the top of a page served from the cache; `{date}` is the day it was saved, as `lang` writes a date. */
  words: { copy: string; missing: string; lang: string };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The service worker with the pages' cache prefix and saved-time header, its version, precache list, fallback page and words filled in. */
export function renderServiceWorker(template: string, version: string, paths: readonly string[], settings: WorkerSettings): string {
  const words = { copy: escapeHtml(settings.words.copy), missing: escapeHtml(settings.words.missing), lang: settings.words.lang };
  return template
    .replace('__CACHE_PREFIX__', CACHE_PREFIX)
    .replace('__SAVED_HEADER__', SAVED_HEADER)
    .replace('__VERSION__', version)
    .replace('[/* PRECACHE */]', JSON.stringify(paths))
    .replace('__FALLBACK__', settings.fallback)
    .replace('{/* WORDS */}', JSON.stringify(words));
}

/** The precache list of a generated service worker, for the budget test and the bench. */
export function readPrecache(sw: string): string[] {
  const m = /const PRECACHE = (\[[^\]]*\]);/.exec(sw);
  if (!m) throw new Error('sw.js has no PRECACHE list');
  return JSON.parse(m[1]!) as string[];
}
