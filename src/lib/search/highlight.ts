/**
 * Splits text into plain and matched parts for <mark>, longest words first, so the island
 * renders highlights as elements instead of injecting HTML.
 */
export function highlight(text: string, words: readonly string[]): [string, boolean][] {
  const list = [...new Set(words.map((w) => w.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!list.length) return [[text, false]];
  const re = new RegExp(`(${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return text
    .split(re)
    .filter(Boolean)
    .map((part) => [part, list.includes(part.toLowerCase())]);
}
