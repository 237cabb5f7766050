import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Rules that have one owner and must not be written again where they are used.
const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(astro|tsx?|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

function lines(dirs: string[], pattern: RegExp): string[] {
  return dirs
    .flatMap((d) => files(join(ROOT, d)))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
}

describe('one owner', () => {
  it('islands take length limits from the notebook schema (LIMITS) and years from the date rule, never as numbers', () => {
    expect(lines(['src/islands', 'src/components', 'src/pages'], /maxLength=\{\d|maxlength="\d|(?:min|max)="\d{4}-/)).toEqual([]);
  });
});

describe('the client core (src/lib/core.ts)', () => {
  it('is the only place the id rule, the storage key prefix and the cache prefix are written', () => {
    const rules = /\[a-z0-9\]\[a-z0-9-\]|['"`]refundpath-['"`]|['"`]refundpath:(?:['"`]|notebook|evidence)/;
    expect(lines(['src'], rules).filter((l) => !l.startsWith('src/lib/core.ts:'))).toEqual([]);
  });
});

describe('scripts the bundler does not see get the rules written in by the build', () => {
  it('the service worker and the early quiz script hold no copy of the cache prefix, the saved-time header or the id rule', () => {
    expect(
      lines(['src/offline', 'src/islands'], /['"`]refundpath-['"`]|x-refundpath-saved|\[a-z0-9\]\[a-z0-9-\]/).filter((l) => /sw\.js|early-quiz\.js/.test(l)),
    ).toEqual([]);
  });
});
