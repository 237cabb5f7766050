/**
 * Calendar arithmetic on plain dates written YYYY-MM-DD. Dates are calendar days in China
 * (Asia/Shanghai), so no time zone enters the arithmetic; only "today" needs one.
 * Periods follow how Chinese law counts them: a period in days starts the day after the
 * event and ends at the end of its last day; a period in years ends on the same day of
 * the last year, or the month's last day when that day does not exist (29 February).
 * Public holidays are not known here: the page says so.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** The years the deadline calculator accepts: anything else is a typing slip. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** A real date within the years the calculator accepts (ISO dates compare as text). */
export function usableDate(text: string): boolean {
  return isIsoDate(text) && text >= `${YEAR_MIN}-01-01` && text <= `${YEAR_MAX}-12-31`;
}

function toUtc(iso: string): Date {
  if (!isIsoDate(iso)) throw new RangeError(`not a date written YYYY-MM-DD: ${iso}`);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Monday to Friday count; the day of the event itself is not counted. */
export function addWorkingDays(iso: string, days: number): string {
  const d = toUtc(iso);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return fromUtc(d);
}

export function addYears(iso: string, years: number): string {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  toUtc(iso);
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(y + years, m - 1, Math.min(day, lastDay))));
}

/** Today's date in China, whatever the device's time zone. */
export function todayInChina(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}
