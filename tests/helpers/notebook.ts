import type { Page } from 'playwright-core';

// What the notebook's browser tests do on its pages, as a reader does it: open /my/, and save
// from an outcome page once its save island has hydrated.

/** Where the notebook keeps its records (src/lib/notebook/store.ts). */
export const NOTEBOOK_KEY = 'refundpath:notebook:v1';

/** Opens /my/ (with an optional ?query) and waits until the notebook has rendered. */
export async function openNotebook(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/my/${query}`);
  await page.locator('.notebook').waitFor();
}

/** Scrolls to the save button on an outcome page and waits until its island can take input. */
export async function saveReady(page: Page): Promise<void> {
  await page.locator('#save-heading').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !(document.getElementById('save-name') as HTMLInputElement | null)?.disabled);
}

/** Saves the outcome page as a record named `name` and waits for 已保存. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('给这件事起个名字').fill(name);
  await page.getByRole('button', { name: '记到我的维权记录' }).click();
  await page.getByRole('status').getByText('已保存').waitFor();
}
