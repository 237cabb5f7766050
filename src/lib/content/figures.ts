/**
 * Finds the figures a page states that a reader could act on: day counts (N日, N天,
 * N个工作日), amounts (N元, N万元, N亿元), multiples (N倍) and hotline-like numbers (five
 * digits or more). Each figure gets a key with the number in digits, so 十五日 and 15 天 are
 * both "15日" and 五十万元 is "500000元"; a page's figures can then be compared with the
 * registries' and the allow-list's.
 */

export interface Figure {
  /** Normalised: "15日", "7个工作日", "500000元", "3倍", "12315". */
  key: string;
  /** As written on the page. */
  text: string;
  /** Where it starts in the text given (for line numbers). */
  index: number;
}

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十五 → 15, 二百 → 200, 五十 → 50, 一千二百 → 1200; null if it is not a Chinese numeral. */
export function chineseNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in UNIT) {
      total += (digit ?? 1) * UNIT[ch]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

const CN = '[零〇一二两三四五六七八九十百千]+';
const NUM = `(?:\\d[\\d,]*(?:\\.\\d+)?|${CN})`;
// A figure with its unit. After 第 (ordinals), 月 (dates like 5月1日) or 这/那/哪/最后/同/每/当
// ("这一天", "最后一天": a day, not a count of days) a day is not a day count.
const FIGURE = new RegExp(`(第\\s*|月\\s*|这|那|哪|最后|同|每|当)?(${NUM})\\s*(万|亿)?\\s*(个工作日|日|天|元|倍)`, 'gu');
const LONG_NUMBER = /\d(?:[\d,]*\d)?/gu;

function toNumber(text: string): number | null {
  if (/^\d/.test(text)) return Number(text.replace(/,/g, ''));
  return chineseNumber(text);
}

function format(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

export function findFigures(page: string): Figure[] {
  // Digits inside a link (a report's URL, an article id) are not figures a reader acts on.
  // Blanked to spaces of the same length, so indexes still point into the page.
  const text = page.replace(/https?:\/\/[^\s)）"'<>]+/gu, (url) => ' '.repeat(url.length));
  const found: Figure[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, prefix, num, scale, unit] = m as unknown as [string, string | undefined, string, string | undefined, string];
    covered.push([m.index!, m.index! + whole.length]);
    const n = toNumber(num);
    if (n === null) continue;
    const isDay = unit === '日' || unit === '天' || unit === '个工作日';
    if (isDay && prefix) continue;
    if (isDay && scale) continue;
    const value = scale === '万' ? n * 10_000 : scale === '亿' ? n * 100_000_000 : n;
    const key =
      unit === '元' ? `${format(value)}元` : unit === '倍' ? `${format(value)}倍` : unit === '个工作日' ? `${format(value)}个工作日` : `${format(value)}日`;
    found.push({ key, text: prefix ? whole.slice(prefix.length) : whole, index: m.index! + (prefix?.length ?? 0) });
  }
  for (const m of text.matchAll(LONG_NUMBER)) {
    const digits = m[0].replace(/,/g, '');
    if (digits.length < 5) continue;
    const start = m.index!;
    if (covered.some(([a, b]) => start >= a && start < b)) continue;
    // Dates such as 2026-11-25 are not figures.
    if (/^\d{4}-\d{2}-\d{2}/.test(text.slice(start, start + 10))) continue;
    found.push({ key: digits, text: m[0], index: start });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Every key found in these texts. */
export function figureKeys(texts: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const t of texts) for (const f of findFigures(t)) keys.add(f.key);
  return keys;
}
