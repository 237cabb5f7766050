/**
 * A download's name the reader will recognise, safe on every file system: the words with
 * characters no system allows (and spaces) as dashes, at most 40 characters, then the day
 * and the extension (耳机-退款-2026-11-10.json).
 */
export function safeFileName(words: string, today: string, ext: string): string {
  const name =
    words
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'refundpath';
  return `${name}-${today}.${ext}`;
}
