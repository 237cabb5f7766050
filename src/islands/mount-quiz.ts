import { h, hydrate } from 'preact';
import Quiz, { type Props } from './Quiz';

/**
 * Hydrates the quiz rendered by src/components/QuizRoot.astro from a plain script rather
 * than as an Astro island: question pages then carry no island runtime (about 2 KB gzip
 * inline in every page, each precached), and outcome pages load Preact's island client
 * only when the toolkit scrolls into view.
 */
export function mountQuiz(el: HTMLElement): void {
  hydrate(h(Quiz, JSON.parse(el.dataset.props ?? '{}') as Props), el);
}
