// What a first visit downloads: a fresh Chromium profile opens a page and reads it to the
// end without a tap (scrolling wakes the islands that hydrate when visible), then waits
// until nothing has been requested for a while, service worker fetches included. Bytes
// are counted where they leave the server, gzipped as a host sends them (text gzip
// level 9, Pagefind's files as they are): every response of the visit, whoever asked.
import type { Browser } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { serveDist } from '../helpers/server.ts';
import { DIST } from '../helpers/dist.ts';

export interface FirstVisit {
  path: string;
  /** Response bodies, as sent. */
  bytes: number;
  requests: number;
  /** The paths requested, in order. */
  files: string[];
}

/** Waits until the server has answered nothing new for `quietMs`. */
async function settle(count: () => number, quietMs: number): Promise<void> {
  let last = -1;
  while (count() !== last) {
    last = count();
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

/** One fresh visit per path, read to the end of the page. */
export async function firstVisitBytes(paths: readonly string[], dist: string = DIST, shared?: Browser): Promise<FirstVisit[]> {
  const server = await serveDist({ dist, gzip: true });
  const browser = shared ?? (await launch());
  const out: FirstVisit[] = [];
  try {
    for (const path of paths) {
      const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      server.sent.length = 0;
      await page.goto(server.origin + path, { waitUntil: 'load' });
      // Read down the page a screen at a time, as a reader would.
      for (;;) {
        const more = await page.evaluate(() => {
          const before = scrollY;
          scrollBy(0, innerHeight * 0.8);
          return scrollY > before;
        });
        await page.waitForTimeout(100);
        if (!more) break;
      }
      await page.waitForLoadState('networkidle');
      await settle(() => server.sent.length, 1500);
      const files = server.sent.map((s) => s.path);
      out.push({ path, bytes: server.sent.reduce((sum, s) => sum + s.bytes, 0), requests: files.length, files });
      await context.close();
    }
  } finally {
    if (!shared) await browser.close();
    await server.close();
  }
  return out;
}
