import { h, hydrate } from 'preact';
import Quiz, { type Props } from './Quiz';

/**
 * Hydrates the quiz rendered by src/components/QuizRoot.astro from a plain script rather
 * than as an Astro island: question pages then carry no island runtime (about 2 KB gzip
 * inline in every page, each precached), and outcome pages load Preact's island client
 * only when the toolkit scrolls into view.
 */
export function mountQuiz(el: HTMLElement): void {
  // Below the browser floor (README: Chrome 79, Safari 13; these came in Chrome 73-76 and
  // Safari 12.1-13) the quiz stays the static page of plain links, never half mounted.
  if (typeof Promise.allSettled !== 'function' || typeof Object.fromEntries !== 'function') return;
  hydrate(h(Quiz, JSON.parse(el.dataset.props ?? '{}') as Props), el);
}
