import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { serveDist } from './server';

/** Serves dist/ and starts Chromium for one test file; both are closed after it. */
export function useSite(): { browser: Browser; origin: string } {
  const site = {} as { browser: Browser; origin: string };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveDist();
    close = server.close;
    site.origin = server.origin;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
