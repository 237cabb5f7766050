import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

export interface InlineScript {
  text: string;
  hash: `sha256-${string}`;
}

const made = new Map<string, InlineScript>();

/**
 * A hand-written inline script as a page carries it, minified (esbuild, at build only), with
 * its CSP hash: Astro hashes only the scripts it bundles, so a page that inlines one adds it.
 * Made once per source a build, however many pages carry it.
 */
export function inlineScript(source: string): InlineScript {
  let script = made.get(source);
  if (!script) {
    const text = transformSync(source, { minify: true, target: 'es5' }).code.trim();
    script = { text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` };
    made.set(source, script);
  }
  return script;
}
