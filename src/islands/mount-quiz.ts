import { h, hydrate } from 'preact';
import Quiz, { type Props } from './Quiz';
import { mount } from './mount';

/**
 * Hydrates the quiz rendered by src/components/QuizRoot.astro from a plain script rather
 * than as an Astro island (src/islands/mount.ts): question pages then carry no island runtime
 * (about 2 KB gzip inline in every page, each precached). Where it cannot mount, the quiz
 * stays the static page of plain links.
 */
mount('quiz', (el) => hydrate(h(Quiz, JSON.parse(el.dataset.props ?? '{}') as Props), el));
