import { usableDate, YEAR_MAX, YEAR_MIN } from './dates';

/**
 * Why the calculator cannot use a date the reader typed, or null when it can (the toolkit
 * says so under the field). A date field lets a browser take years up to 275760, written
 * with more digits: those are out of range, not "not a date".
 */
export function dateProblem(text: string): 'invalid' | 'range' | null {
  const m = /^\+?(\d{4,6})-\d{2}-\d{2}$/.exec(text);
  const year = m ? m[1] : undefined;
  if (year === undefined) return 'invalid';
  if (Number(year) < YEAR_MIN || Number(year) > YEAR_MAX) return 'range';
  return usableDate(text) ? null : 'invalid';
}
