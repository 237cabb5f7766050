// Page weights from the built dist/: gzip bytes of a page's HTML, its CSS and all the
// JavaScript it loads (islands and their imports). Plain Node, no test runner: bytes are
// deterministic, so tests may assert them; timings are only ever printed by bench.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pageFile } from '../helpers/dist.ts';
import { gzipSync } from 'node:zlib';

export interface Weight {
  html: number;
  css: number;
  /** JavaScript loaded with the page: inline scripts and islands hydrated on load, with their static imports. */
  js: number;
  /** JavaScript loaded later: islands hydrated when visible or idle, and dynamic imports. */
  lazyJs: number;
  /** Every JS file the page can load, as site paths. */
  scripts: string[];
}

export const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

export function weigh(dist: string, urlPath: string): Weight {
  const html = readFileSync(pageFile(urlPath, dist), 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gz(readFileSync(join(dist, m[1]!)));
  const eager = new Set<string>();
  const lazy = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) eager.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)) eager.add(m[1]!);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const tag = m[0];
    const client = /\bclient="([^"]+)"/.exec(tag)?.[1];
    const target = client === 'load' || client === 'only' ? eager : lazy;
    for (const u of tag.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) target.add(u[1]!);
  }
  const eagerFiles = closure(dist, [...eager], false);
  const lazyFiles = closure(dist, [...eagerFiles, ...lazy], true).filter((f) => !eagerFiles.includes(f));
  const size = (files: string[]) => files.reduce((sum, path) => sum + gz(readFileSync(join(dist, path))), 0);
  let js = size(eagerFiles);
  const lazyJs = size(lazyFiles);
  const scripts = [...eagerFiles, ...lazyFiles].sort();
  // Inline scripts (Astro's island loader) travel inside the HTML; count them as JS too.
  // JSON data blocks (type="application/json") are not JavaScript: they count as HTML only.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  if (inline) js += gz(inline);
  return { html: gz(html), css, js, lazyJs, scripts };
}

/** JS modules and everything they import statically (and dynamically, when asked). */
function closure(dist: string, roots: string[], dynamic: boolean): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || !existsSync(join(dist, path))) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.m?js)["']|import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)) {
      if (m[2] && !dynamic) continue;
      const spec = m[1] ?? m[2]!;
      queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
    }
  }
  return [...seen].sort();
}
