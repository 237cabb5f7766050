import { attributeText, isJsxElement, parseMdx, visitMdx } from './mdx';

/** Citations written in MDX bodies: <Law id="…"/> and <Channel id="…"/>. */
export interface Citation {
  component: 'Law' | 'Channel';
  id: string;
  /** Line in the body where the citation starts (1-based). */
  line: number;
}

/**
 * Finds citations through the MDX syntax tree (the parser Astro's MDX uses), so an id
 * inside a code block, inline code or a comment is not taken for a citation.
 * Throws the parser's error ("line:column: reason") when the body is not valid MDX.
 */
export function citations(body: string): Citation[] {
  const found: Citation[] = [];
  visitMdx(parseMdx(body), (node) => {
    if (isJsxElement(node) && (node.name === 'Law' || node.name === 'Channel')) {
      // An id written any other way than id="x" or id={"x"} reads as empty: an unknown id.
      found.push({ component: node.name, id: attributeText(node, 'id') ?? '', line: node.position?.start.line ?? 0 });
    }
  });
  return found;
}

/** Ids cited with one component, in first-use order, without repeats. */
export function citedIds(found: readonly Citation[], component: Citation['component']): string[] {
  return [...new Set(found.filter((c) => c.component === component).map((c) => c.id))];
}

/** The laws a page lists: those its frontmatter names, then those its body cites (citedIds), without repeats. */
export function pageLawIds(declared: readonly string[], cited: readonly string[]): string[] {
  return [...new Set([...declared, ...cited])];
}
