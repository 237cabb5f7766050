/** Citations written in MDX bodies: <Law id="…"/> and <Channel id="…"/>. */
export interface Citation {
  component: 'Law' | 'Channel';
  id: string;
}

const CITATION = /<(Law|Channel)\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

export function citations(body: string): Citation[] {
  const found: Citation[] = [];
  for (const m of body.matchAll(CITATION)) {
    found.push({ component: m[1] as Citation['component'], id: m[2] ?? m[3] ?? m[4] ?? '' });
  }
  return found;
}

/** Ids cited with one component, in first-use order, without repeats. */
export function citedIds(body: string, component: Citation['component']): string[] {
  return [...new Set(citations(body).filter((c) => c.component === component).map((c) => c.id))];
}
