// What a reader's first search downloads, measured in Chromium against the built site.
// Bytes as a host would send them: files already compressed (the index, the wasm) as they
// are, everything else gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../helpers/server.ts';
import { gz } from './weigh.ts';

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

export async function firstQueryBytes(dist: string, queries: string[]): Promise<{ query: string; bytes: number; requests: number }[]> {
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const out: { query: string; bytes: number; requests: number }[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
      const files: string[] = [];
      page.on('request', (r) => files.push(new URL(r.url()).pathname));
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      await page.waitForSelector('.results > li, .search section h2');
      await page.waitForLoadState('networkidle');
      const bytes = files.reduce((sum, path) => {
        const data = readFileSync(join(dist, decodeURIComponent(path)));
        return sum + (/\.(pf_\w+|pagefind)$/.test(path) ? data.length : gz(data));
      }, 0);
      out.push({ query, bytes, requests: files.length });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
