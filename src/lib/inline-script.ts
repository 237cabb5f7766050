import { createHash } from 'node:crypto';

/** A hand-written inline script as a page carries it: comment lines and indentation dropped. */
export function inlineScript(source: string): { text: string; hash: `sha256-${string}` } {
  const text = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
  // Astro hashes only the scripts it bundles: a page that inlines one adds its hash to the CSP.
  return { text, hash: `sha256-${createHash('sha256').update(text).digest('base64')}` };
}
