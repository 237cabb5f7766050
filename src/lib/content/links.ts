import { attributeText, isJsxElement, parseMdx, visitMdx, type MdxNode } from './mdx';

/**
 * Links written in content, found the way MDX (with GFM) and YAML will read them, each
 * with its line in the file. A link must go to https and a valid host name, or stay on
 * the site (/path, #anchor). GFM turns a bare `www.` or `https://` in text into a link
 * that runs up to the next space, so a bare URL followed by Chinese punctuation takes the
 * punctuation and the words after it into its address.
 */
export interface FoundLink {
  line: number;
  url: string;
  /** Written as plain text and linked by GFM, not as [text](url), <url> or href. */
  bare: boolean;
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why a link is not acceptable, or null. */
export function linkProblem({ url, bare }: FoundLink): string | null {
  if (/^(?:\/(?!\/)|#|\.\.?\/)/.test(url)) return null;
  if (bare && /^www\./i.test(url)) return `bare address "${url}" becomes a link to http://${url}; write it as [text](https://…)`;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== 'https') return `link "${url}" is not https`;
  const authority = /^https:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  const host = authority.replace(/:\d{1,5}$/, '');
  if (!HOST.test(host)) return `link "${url}" has no valid host name ("${host}")`;
  // eslint-disable-next-line no-control-regex
  if (bare && /[^\x21-\x7e]/.test(url)) return `bare address "${url}" runs into the text after it; write it as [text](https://…)`;
  return null;
}

/**
 * Links in an MDX body, read from the syntax tree the build renders: markdown links and
 * images, reference definitions, `href` attributes, and the bare addresses GFM links
 * (reported as written, with `bare`). Code is not read. `firstLine` is the file line the
 * body starts on. A body that is not valid MDX has no links here: the citation check
 * reports it, with its line.
 */
export function markdownLinks(body: string, firstLine = 1): FoundLink[] {
  let tree: MdxNode;
  try {
    tree = parseMdx(body);
  } catch {
    return [];
  }
  const found: FoundLink[] = [];
  visitMdx(tree, (node) => {
    const position = node.position;
    if (!position) return;
    const line = position.start.line + firstLine - 1;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
      // A GFM address has no [text] around it in the source; report it as the reader wrote it.
      const written = body.slice(position.start.offset, position.end.offset);
      const bare = node.type === 'link' && !written.startsWith('[');
      found.push({ line, url: bare ? written : node.url, bare });
    } else if (isJsxElement(node)) {
      const href = attributeText(node, 'href');
      if (href !== undefined) found.push({ line, url: href, bare: false });
    }
  });
  return found;
}

/** Values in YAML text (a registry file or frontmatter) that are addresses as a whole. */
export function yamlLinks(yaml: string, firstLine = 1): FoundLink[] {
  const found: FoundLink[] = [];
  yaml.split('\n').forEach((raw, i) => {
    const m = /^\s*(?:-\s+)?(?:[\w-]+\s*:\s+)?(["']?)((?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s"']*)\1\s*(?:#.*)?$/i.exec(raw);
    if (m && !raw.trimStart().startsWith('#')) found.push({ line: firstLine + i, url: m[2]!, bare: false });
  });
  return found;
}
