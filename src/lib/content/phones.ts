/** A run of text, or a phone number in it to render as a tel: link. */
export type TextPart = string | { phone: string };

/**
 * Splits running text around the given phone numbers, so a page can make them tappable
 * ("拨打 110 或 96110" → text, 110, text, 96110, text). A number is matched whole: 110 inside
 * 96110 or 1100 is not a match.
 */
export function phoneParts(text: string, phones: readonly string[]): TextPart[] {
  if (phones.length === 0) return [text];
  const longestFirst = [...phones].sort((a, b) => b.length - a.length).map((p) => p.replace(/[^\d-]/g, ''));
  const pattern = new RegExp(`(?<![\\d-])(${longestFirst.join('|')})(?![\\d-])`, 'g');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push({ phone: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
