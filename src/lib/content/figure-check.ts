import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, parse as parseYaml, parseDocument, visit } from 'yaml';
import { figureKeys, findFigures } from './figures';
import type { Loaded, SourceText } from './load';
import type { Problem } from './types';

/**
 * The build refuses a day count, amount, multiple or hotline that no registry states and
 * content/figures.yaml does not allow: an invented "30日" would otherwise be published.
 * Registries are the law summaries (laws.yaml) and everything about a channel (channels.yaml).
 */

export const ALLOW_FILE = 'content/figures.yaml';

/** The registry files: they define what is known, so they are not checked against themselves. */
const REGISTRY_FILES = new Set(['content/laws.yaml', 'content/channels.yaml']);

/** A citation component in an MDX body: its id is a reference, not a figure the page states. */
const REFERENCE = /<(?:Law|Channel)\s+id=(?:"[^"]*"|'[^']*'|\{[^}]*\})\s*\/?>/g;

export interface Allowed {
  figures: string[];
  /** Only on this page (a composite case's own amounts); everywhere when absent. */
  file?: string;
  reason: string;
}

/** Every string in a nested object. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Figures the registries state: law summaries and every string of a channel. */
export function registryKeys(loaded: Loaded): Set<string> {
  const laws = loaded.entries
    .filter((e) => e.kind === 'laws')
    .map((e) => (e.data as { summary?: unknown } | null)?.summary)
    .filter((s): s is string => typeof s === 'string');
  const channels = loaded.entries.filter((e) => e.kind === 'channels').flatMap((e) => strings(e.data));
  return figureKeys([...laws, ...channels]);
}

/** Reads content/figures.yaml; a missing file allows nothing. */
export function readAllowList(root: string): { allowed: Allowed[]; problems: Problem[] } {
  const path = join(root, ALLOW_FILE);
  if (!existsSync(path)) return { allowed: [], problems: [] };
  let list: unknown;
  try {
    list = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    return { allowed: [], problems: [{ file: ALLOW_FILE, message: `is not valid YAML: ${(error as Error).message}` }] };
  }
  if (list === null) return { allowed: [], problems: [] };
  if (!Array.isArray(list)) return { allowed: [], problems: [{ file: ALLOW_FILE, message: 'must be a YAML list of entries' }] };
  const allowed: Allowed[] = [];
  const problems: Problem[] = [];
  list.forEach((item: Partial<Record<keyof Allowed, unknown>> | null, i) => {
    const ok =
      item &&
      Array.isArray(item.figures) &&
      item.figures.length > 0 &&
      item.figures.every((f) => typeof f === 'string') &&
      typeof item.reason === 'string' &&
      item.reason.trim() !== '' &&
      (item.file === undefined || typeof item.file === 'string');
    if (ok) allowed.push(item as Allowed);
    else problems.push({ file: ALLOW_FILE, message: `item ${i + 1} needs figures (a list of quoted figures), a one-line reason, and optionally a file` });
  });
  return { allowed, problems };
}

/** What a file may state: registry figures, figures allowed everywhere, and those allowed on that file. */
export function knownFor(registry: Set<string>, allowed: readonly Allowed[]): (file: string) => Set<string> {
  const everywhere = allowed.filter((a) => !a.file).flatMap((a) => a.figures);
  return (file) => new Set([...registry, ...everywhere, ...allowed.filter((a) => a.file === file).flatMap((a) => a.figures)]);
}

/** The 1-based file line of an index into a part that starts on `firstLine`. */
function lineOf(text: string, index: number, firstLine: number): number {
  let line = firstLine;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The string values of a YAML text with the file line each starts on: what a page shows, not
 * numbers, comments or bare ids (a channel id such as "12315" is a reference, which the id check reads).
 */
function yamlStrings(yaml: string, firstLine: number): [string, number][] {
  const out: [string, number][] = [];
  visit(parseDocument(yaml), {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && !/^[\w-]+$/u.test(node.value) && node.range)
        out.push([node.value, lineOf(yaml, node.range[0], firstLine)]);
    },
  });
  return out;
}

/**
 * Unknown figures in every text the content loader read (the YAML strings and the MDX body of
 * every kind it knows), named by file and line.
 */
export function checkFigures(texts: readonly SourceText[], known: (file: string) => Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const t of texts) {
    if (REGISTRY_FILES.has(t.file)) continue;
    const ok = known(t.file);
    const parts = yamlStrings(t.yaml, t.yamlLine);
    // <Law id="…"/> and <Channel id="…"/> are references, which the id check reads; blank them out
    // (same length, so lines and offsets stay true) rather than read "12315" there as a figure.
    if (t.body !== undefined) parts.push([t.body.replace(REFERENCE, (m) => m.replace(/[^\n]/g, ' ')), t.bodyLine ?? 1]);
    for (const [text, firstLine] of parts) {
      for (const f of findFigures(text)) {
        if (ok.has(f.key)) continue;
        problems.push({
          file: t.file,
          message: `line ${lineOf(text, f.index, firstLine)}: figure "${f.text.trim()}" (${f.key}) is in no registry (laws.yaml summary, channels.yaml) and not allowed for this file in ${ALLOW_FILE}`,
        });
      }
    }
  }
  return problems;
}

/** The whole figure check of a project: allow-list problems first, then unknown figures. */
export function checkContentFigures(root: string, loaded: Loaded): Problem[] {
  const { allowed, problems } = readAllowList(root);
  return [...problems, ...checkFigures(loaded.texts, knownFor(registryKeys(loaded), allowed))];
}
