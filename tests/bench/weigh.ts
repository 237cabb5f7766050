// Page weights from the built dist/: gzip bytes of a page's HTML, its CSS and all the
// JavaScript it loads (islands and their imports). Plain Node, no test runner: bytes are
// deterministic, so tests may assert them; timings are only ever printed by bench.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  html: number;
  css: number;
  js: number;
  /** Every JS file the page loads, as site paths. */
  scripts: string[];
}

export const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

export function pageHtmlFile(dist: string, urlPath: string): string {
  return join(dist, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

export function weigh(dist: string, urlPath: string): Weight {
  const html = readFileSync(pageHtmlFile(dist, urlPath), 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) css += gz(readFileSync(join(dist, m[1]!)));
  const roots = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) roots.add(m[1]!);
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) roots.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)) roots.add(m[1]!);
  const scripts = closure(dist, [...roots]);
  let js = scripts.reduce((sum, path) => sum + gz(readFileSync(join(dist, path))), 0);
  // Inline scripts (Astro's island loader) are part of the HTML's bytes already; count them as JS too.
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  if (inline) js += gz(inline);
  return { html: gz(html), css, js, scripts };
}

/** A JS module and everything it imports, statically or dynamically. */
function closure(dist: string, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || !existsSync(join(dist, path))) continue;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.m?js)["']|import\(\s*["']([^"']+\.m?js)["']\s*\)/g)) {
      const spec = m[1] ?? m[2]!;
      queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec));
    }
  }
  return [...seen].sort();
}

export { dirname };
