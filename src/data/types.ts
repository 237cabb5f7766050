import type { render } from 'astro:content';

/** A link as pages render it: where it goes and what it says. */
export interface Link {
  url: string;
  title: string;
}

/** The rendered MDX body of an entry. */
export type Body = Awaited<ReturnType<typeof render>>['Content'];
