import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/**
 * A hand-written inline script as a page carries it, minified (esbuild, at build only), with
 * its CSP hash: Astro hashes only the scripts it bundles, so a page that inlines one adds it.
 */
export function inlineScript(source: string): { text: string; hash: `sha256-${string}` } {
  const text = transformSync(source, { minify: true, target: 'es5' }).code.trim();
  return { text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` };
}
