import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist';

// The search budget (first query ≤ 150 KB, README "Search") rests on how Pagefind lays out its
// index: small index chunks (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=1000 in `npm run build`, an
// undocumented setting), files that are gzip already (the bench counts them as sent), and only
// the files the search island loads left in dist (src/build/prune-pagefind.ts). A Pagefind
// upgrade can change any of these silently; this test makes it loud. Re-measure the budget
// (`npm run bench -- --search-only`) before changing what it expects.
const PAGEFIND = join(DIST, 'pagefind');
const KB = 1024;
const root = new URL('../../', import.meta.url);
const json = (path: string | URL) => JSON.parse(readFileSync(path, 'utf8'));
const files = (dir: string) => readdirSync(join(PAGEFIND, dir)).sort();

describe('the Pagefind index the search budget was measured on', () => {
  it('comes from the pinned Pagefind version', () => {
    const pinned: string = json(new URL('package.json', root)).devDependencies.pagefind;
    expect(pinned, 'package.json pins Pagefind to one exact version').toMatch(/^\d+\.\d+\.\d+$/);
    expect(json(new URL('package-lock.json', root)).packages['node_modules/pagefind'].version).toBe(pinned);
    expect(json(join(PAGEFIND, 'pagefind-entry.json')).version).toBe(pinned);
  });

  it('holds only what the search island loads: runtime, entry, metadata, WebAssembly and the three chunk folders', () => {
    const top = files('.').map((name) => (/^pagefind\.zh-cn_[0-9a-f]+\.pf_meta$/.test(name) ? 'pagefind.zh-cn_<hash>.pf_meta' : name));
    expect(top).toEqual(['filter', 'fragment', 'index', 'pagefind-entry.json', 'pagefind.js', 'pagefind.zh-cn_<hash>.pf_meta', 'wasm.unknown.pagefind']);
    expect(files('index').every((name) => name.endsWith('.pf_index'))).toBe(true);
    expect(files('fragment').every((name) => name.endsWith('.pf_fragment'))).toBe(true);
    expect(files('filter').every((name) => name.endsWith('.pf_filter'))).toBe(true);
  });

  it('ships its index files and WebAssembly gzipped already, as the bench counts them', () => {
    const meta = files('.').find((name) => name.endsWith('.pf_meta'))!;
    const sample = ['wasm.unknown.pagefind', meta, ...['index', 'fragment', 'filter'].map((dir) => join(dir, files(dir)[0]!))];
    for (const file of sample) expect([...readFileSync(join(PAGEFIND, file)).subarray(0, 2)], file).toEqual([0x1f, 0x8b]);
  });

  it('cuts the index into small chunks, so a query downloads only the chunks of its own words', () => {
    const chunks = files('index').map((name) => statSync(join(PAGEFIND, 'index', name)).size);
    const pages: number = json(join(PAGEFIND, 'pagefind-entry.json')).languages['zh-cn'].page_count;
    // Pagefind's default (20,000 word positions a chunk) gives about 15 chunks of 33 KB for this
    // library; 1,000 positions give over two chunks a page, of 1–4 KB.
    expect(Math.max(...chunks)).toBeLessThanOrEqual(8 * KB);
    expect(chunks.length).toBeGreaterThan(pages);
  });

  it('needs one WebAssembly file of at most 64 KB (no stemmer for Chinese)', () => {
    expect(json(join(PAGEFIND, 'pagefind-entry.json')).languages['zh-cn'].wasm).toBeNull();
    expect(statSync(join(PAGEFIND, 'wasm.unknown.pagefind')).size).toBeLessThanOrEqual(64 * KB);
  });
});
