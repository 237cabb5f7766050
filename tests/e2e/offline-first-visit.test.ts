import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../helpers/browser';
import { firstVisitBytes } from '../bench/first-visit';

// Issue 20: a first visit costs what the page costs. Bytes as a host sends them (gzip),
// every response of the visit counted, the service worker's included (tests/bench/first-visit.ts).
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const KB = 1024;

describe('a first visit', () => {
  it('to an outcome page, read to the end without a tap, downloads at most 60 KB, and nothing for offline use', async () => {
    for (const v of await firstVisitBytes(['/check/result/merchant-demand/', '/check/result/fraud-stop/'], undefined, browser)) {
      // Reading woke the islands that hydrate when seen: the toolkit fetched the tree.
      expect(v.files, v.path).toContain('/check/tree.json');
      expect(v.files, v.path).not.toContain('/sw.js');
      expect(v.bytes, `${v.path}: ${v.files.join(' ')}`).toBeLessThanOrEqual(60 * KB);
    }
  });
});
