import { getEntry } from 'astro:content';
import type { LetterTemplate } from '../lib/letters/render';

/** A letter template (content/letters/<kind>.yaml, its shared parts filled in by the loader). */
export async function getLetter(kind: string, where = 'a page'): Promise<LetterTemplate> {
  const entry = await getEntry('letters', kind);
  if (!entry) throw new Error(`no letter "${kind}" in content/letters/ (${where})`);
  return entry.data;
}
