// What the service worker downloads on its first visit: the files in dist/sw.js's precache list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { fileOf, readPrecache } from '../../src/lib/offline/precache.ts';
import { gz } from './weigh.ts';

/** Brotli (quality 11) is slow: only the bench asks for it. */
export function precacheBytes(dist: string, withBrotli = false): { paths: string[]; gzip: number; brotli: number; raw: number; worker: number } {
  const paths = readPrecache(readFileSync(join(dist, 'sw.js'), 'utf8'));
  let gzip = 0;
  let brotli = 0;
  let raw = 0;
  for (const path of paths) {
    const bytes = readFileSync(fileOf(dist, path));
    raw += bytes.length;
    gzip += gz(bytes);
    if (withBrotli) brotli += brotliCompressSync(bytes).length;
  }
  return { paths, gzip, brotli, raw, worker: gz(readFileSync(join(dist, 'sw.js'))) };
}
