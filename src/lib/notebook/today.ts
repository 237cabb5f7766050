import { isIsoDate, todayInChina } from '../deadlines/dates';

/**
 * Today in China, or the date in the page's `?today=YYYY-MM-DD`. The parameter lets tests
 * (and a curious reader) see which deadlines would have passed on another day. It is
 * harmless: it changes only what this one page view shows, is never stored, and the
 * page is static, so no server reads it.
 */
export function notebookToday(search: string, now: Date = new Date()): { today: string; injected: boolean } {
  const asked = new URLSearchParams(search).get('today');
  return asked && isIsoDate(asked) ? { today: asked, injected: true } : { today: todayInChina(now), injected: false };
}
