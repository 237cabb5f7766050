/** Display helpers shared by components; pure so they can be unit-tested. */

export function lawLabel(law: { law: string; article: string }): string {
  return `《${law.law}》${law.article}`;
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** 2026-11-25 → 2026年11月25日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A phone number for display: hyphens that never break a line (010‑12300 stays whole). */
export function phoneText(phone: string): string {
  return phone.replace(/-/g, '\u2011');
}

/** A law as one line of a letter's legal basis: label, then its summary. */
export function lawLine(law: { law: string; article: string; summary: string }): string {
  return `${lawLabel(law)}：${law.summary}`;
}
