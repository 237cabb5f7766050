import { mdxToMdast } from 'satteri';

/** A node of the MDX syntax tree, as far as the content checks read it. */
export interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number; offset: number }; end: { line: number; offset: number } };
}

/**
 * An MDX body as the build reads it: satteri is the parser Astro 7's MDX integration uses,
 * so what a check finds here is what the page renders (code and comments included).
 * Throws the parser's error ("line:column: reason") when the body is not valid MDX.
 */
export function parseMdx(body: string): MdxNode {
  return mdxToMdast(body) as MdxNode;
}

/** Calls `visit` on every node, in document order. */
export function visitMdx(node: MdxNode, visit: (node: MdxNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) visitMdx(child, visit);
}

export const isJsxElement = (node: MdxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A JSX attribute written as name="x" or name={"x"} (or '…', `…`); undefined when absent or computed. */
export function attributeText(node: MdxNode, name: string): string | undefined {
  const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    const literal = /^\s*(["'`])([^`$]*?)\1\s*$/.exec(value.value);
    if (literal) return literal[2]!;
  }
  return undefined;
}
