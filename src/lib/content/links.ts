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

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Blanks a match but keeps its line breaks, so later searches keep their line numbers. */
const blank = (text: string, re: RegExp) => text.replace(re, (m) => m.replace(/[^\n]/g, ' '));

/** Links in an MDX body. `firstLine` is the file line the body starts on. */
export function markdownLinks(body: string, firstLine = 1): FoundLink[] {
  const found: { index: number; url: string; bare: boolean }[] = [];
  let text = blank(blank(body, /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm), /`[^`\n]+`/g);
  const take = (re: RegExp, group = 1) => {
    for (const m of text.matchAll(re)) {
      const url = m.slice(group).find((g) => g !== undefined);
      if (url !== undefined) found.push({ index: m.index, url, bare: false });
    }
    text = blank(text, re);
  };
  take(/\[[^\]\n]*\]\(\s*(?:<([^>\n]*)>|([^)\s]*))[^)\n]*\)/g); // [text](url), ![alt](url): text and all
  take(/^\s{0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)/gm); // [ref]: url
  take(/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi); // <https://…>
  take(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g); // <a href="…">
  for (const m of text.matchAll(/(?<![a-z0-9@.\-/])(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<]*/gi)) {
    found.push({ index: m.index, url: trimTrailing(m[0]), bare: true });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => ({ line: lineAt(body, f.index) + firstLine - 1, url: f.url, bare: f.bare }));
}

/** GFM leaves trailing ASCII punctuation and an unbalanced ")" out of a bare link. */
function trimTrailing(url: string): string {
  let out = url;
  for (;;) {
    const last = out.at(-1);
    if (last && '?!.,:*_~\'"'.includes(last)) out = out.slice(0, -1);
    else if (last === ')' && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) out = out.slice(0, -1);
    else return out;
  }
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
