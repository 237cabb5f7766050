import { h, hydrate } from 'preact';
import OutcomeTools, { type Props } from './OutcomeTools';

/** Hydrates the outcome tools from the props the page wrote once (ToolkitRoot.astro). */
export function hydrateToolkit(el: HTMLElement): void {
  const data = document.getElementById('toolkit-props');
  hydrate(h(OutcomeTools, JSON.parse(data?.textContent ?? '{}') as Props), el);
}
