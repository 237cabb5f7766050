// What a reader's first search downloads, measured in Chromium against the built site.
// Bytes as a host would send them: files already compressed (the index, the wasm) as they
// are, everything else gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../helpers/server.ts';
import { gz } from './weigh.ts';
import { pageFile } from '../helpers/dist.ts';
import { LONG_PASTES, URGENT_QUERIES } from '../e2e/search-queries.ts';

export function indexSize(dist: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(pf_index|pf_fragment|pf_filter|pf_meta)$/.test(name)) {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  walk(join(dist, 'pagefind'));
  return { files, bytes };
}

/**
 * The fixed query set for first-query bytes: short terms and whole sentences, brand names,
 * a hotline, a law, scam words and a typo, then whole pasted complaints (the long pastes of the
 * query test and the longest urgent story). Every one must stay within 150 KB and the median
 * within 120 KB (README).
 */
export const BENCH_QUERIES = [
  '押金',
  '小额诉讼',
  '12326',
  '解冻费',
  '提现审核不通过',
  '拼多多不退款',
  '信用卡拒付',
  '反电信网络诈骗法',
  '退款被拒决',
  '系统维护不给退款怎么办',
  '外卖平台商家不给退钱怎么办',
  '健身房倒闭了卡里的钱还能要回来吗',
  '网购被骗了报警有用吗',
  ...LONG_PASTES.map(([q]) => q),
  URGENT_QUERIES.reduce((a, b) => (b.length > a.length ? b : a)),
];

/** The middle value of a list of numbers. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface QueryBytes {
  query: string;
  /** Everything the visit downloaded: the page, Pagefind's runtime and WebAssembly, index chunks, result fragments. */
  bytes: number;
  /** Of which index chunks (.pf_index). */
  index: number;
  requests: number;
}

/** A cold visit to /search/ (fresh browser context), one query typed and submitted: every byte downloaded. */
export async function firstQueryBytes(dist: string, queries: readonly string[]): Promise<QueryBytes[]> {
  const server = await serveDist();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const out: QueryBytes[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const files: string[] = [];
      page.on('request', (r) => files.push(new URL(r.url()).pathname));
      await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      // The page opened idle (no query), so ready or failed can only be this query's.
      await page.waitForSelector('.search[data-state="ready"], .search[data-state="failed"]');
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      let index = 0;
      for (const path of files) {
        const data = readFileSync(pageFile(decodeURIComponent(path), dist));
        // Pagefind's index files and WebAssembly are gzip already; a host sends the rest gzipped.
        const size = /\.(pf_\w+|pagefind)$/.test(path) ? data.length : gz(data);
        bytes += size;
        if (path.endsWith('.pf_index')) index += size;
      }
      out.push({ query, bytes, index, requests: files.length });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
