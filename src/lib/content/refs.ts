import { mdxToMdast } from 'satteri';

/** Citations written in MDX bodies: <Law id="…"/> and <Channel id="…"/>. */
export interface Citation {
  component: 'Law' | 'Channel';
  id: string;
  /** Line in the body where the citation starts (1-based). */
  line: number;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/**
 * Finds citations through the MDX syntax tree (the parser Astro's MDX uses), so an id
 * inside a code block, inline code or a comment is not taken for a citation.
 * Throws the parser's error ("line:column: reason") when the body is not valid MDX.
 */
export function citations(body: string): Citation[] {
  const found: Citation[] = [];
  const visit = (node: Node): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Law' || node.name === 'Channel')) {
      found.push({ component: node.name, id: attributeText(node, 'id'), line: node.position?.start.line ?? 0 });
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(body) as Node);
  return found;
}

/** An attribute written as id="x" or id={"x"}; anything else reads as empty (an unknown id). */
function attributeText(node: Node, name: string): string {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    const literal = /^\s*(["'])(.*)\1\s*$/.exec(value.value);
    if (literal) return literal[2]!;
  }
  return '';
}

/** Ids cited with one component, in first-use order, without repeats. */
export function citedIds(body: string, component: Citation['component']): string[] {
  return [...new Set(citations(body).filter((c) => c.component === component).map((c) => c.id))];
}

/** The laws a page lists: those its frontmatter names, then those its body cites, without repeats. */
export function pageLawIds(declared: readonly string[], body: string): string[] {
  return [...new Set([...declared, ...citedIds(body, 'Law')])];
}
