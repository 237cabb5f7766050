import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Fails with a clear message when the suite runs without a build. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
}

/** Every built HTML page as its URL path (e.g. /guide/evidence/), Pagefind's own files excluded. */
export function builtPages(dist: string = DIST): string[] {
  if (dist === DIST) requireDist();
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(dist, path).split('\\').join('/')}`;
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The HTML file of a page's URL path, in dist/ or another build folder. */
export function pageFile(urlPath: string, dist: string = DIST): string {
  return join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

export function readPage(urlPath: string, dist: string = DIST): string {
  return readFileSync(pageFile(urlPath, dist), 'utf8');
}

const window = new Window();

/** Parses built HTML without running scripts. */
export function parsePage(urlPath: string, dist: string = DIST): Document {
  return new window.DOMParser().parseFromString(readPage(urlPath, dist), 'text/html') as unknown as Document;
}
