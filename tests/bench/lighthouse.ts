// Lighthouse mobile scores for the main page types, with Debian's Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../helpers/server.ts';

export async function lighthouseScores(paths: string[]): Promise<{ path: string; scores: Record<string, number> }[]> {
  const server = await serveDist();
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const out: { path: string; scores: Record<string, number> }[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      out.push({ path, scores: Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])) });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return out;
}
