import { loadContent } from '../../src/lib/content/load';
import { assembleLetter, type LetterParts, type LetterSource } from '../../src/lib/letters/templates';
import type { LetterTemplate } from '../../src/lib/letters/render';

/**
 * The letter templates of content/letters/, parts filled in as the letters collection has them.
 * The project root is the working directory: under happy-dom import.meta.url is not a file URL.
 */
export function readLetters(root = process.cwd()): Record<string, LetterTemplate> {
  const { entries } = loadContent(root, ['letters', 'letterParts']);
  const parts = entries.find((e) => e.kind === 'letterParts')!.data as LetterParts;
  return Object.fromEntries(entries.filter((e) => e.kind === 'letters').map((e) => [e.fileId!, assembleLetter(e.data as LetterSource, parts)]));
}

export const letterTemplates = readLetters() as Record<
  'demand' | 'platform' | 'payment' | 'complaint' | 'police' | 'court' | 'guardian' | 'seller',
  LetterTemplate
>;
