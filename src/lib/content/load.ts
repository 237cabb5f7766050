import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { parseDocument, isSeq } from 'yaml';
import { yamlErrorMessage } from './yaml-error';
import type { Kind, Problem, SourceEntry } from './types';

/**
 * Where each kind lives, relative to the project root: a folder of files (an entry each), or
 * one file (a YAML list of entries; letterParts and urgent: one YAML document).
 */
const CONTENT_LAYOUT = {
  guide: { dir: 'content/guide', ext: '.mdx' },
  cases: { dir: 'content/cases', ext: '.mdx' },
  situations: { dir: 'content/situations', ext: '.mdx' },
  outcomes: { dir: 'content/tree/outcomes', ext: '.mdx' },
  questions: { file: 'content/tree/questions.yaml' },
  journeys: { file: 'content/tree/journeys.yaml' },
  laws: { file: 'content/laws.yaml' },
  channels: { file: 'content/channels.yaml' },
  letters: { dir: 'content/letters', ext: '.yaml' },
  letterParts: { file: 'content/letters/parts.yaml' },
  urgent: { file: 'content/search/urgent.yaml' },
} as const;

/** The YAML and MDX text of one file, with the file line each part starts on (for link checks). */
export interface SourceText {
  file: string;
  yaml: string;
  yamlLine: number;
  body?: string;
  bodyLine?: number;
}

export interface Loaded {
  entries: SourceEntry[];
  texts: SourceText[];
  /** Files that could not be read as YAML or frontmatter at all. */
  problems: Problem[];
}

/**
 * An MDX file's frontmatter and body, found by Astro's own rule (the one its MDX integration
 * renders by); the lines the YAML and the body start on, for messages. Undefined without one.
 */
function splitFrontmatter(text: string): { yaml: string; yamlLine: number; body: string; bodyLine: number } | undefined {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return undefined;
  const block = `---${raw}---`;
  const at = text.indexOf(block);
  const end = at + block.length + (/^\r?\n/.exec(text.slice(at + block.length))?.[0].length ?? 0);
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  // The YAML starts after the opening ---'s line break; Astro keeps that break in `raw`.
  const yaml = raw.replace(/^\r?\n/, '');
  return { yaml, yamlLine: lineAt(at) + 1, body: text.slice(end), bodyLine: lineAt(end) };
}

const ALL_KINDS: readonly Kind[] = [
  'guide',
  'cases',
  'situations',
  'outcomes',
  'questions',
  'journeys',
  'laws',
  'channels',
  'letters',
  'letterParts',
  'urgent',
];

/** Reads content files from disk, as the build will see them: every kind, or only those named. */
export function loadContent(root: string, kinds: readonly Kind[] = ALL_KINDS): Loaded {
  const entries: SourceEntry[] = [];
  const texts: SourceText[] = [];
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  /** A whole YAML file, its text kept for the link and figure checks; undefined when it is not YAML. */
  const yamlFile = (path: string): unknown => {
    const text = readFileSync(path, 'utf8');
    texts.push({ file: rel(path), yaml: text, yamlLine: 1 });
    return readYaml(text, rel(path), problems);
  };

  for (const kind of (['guide', 'cases', 'situations', 'outcomes'] as const).filter((k) => kinds.includes(k))) {
    const { dir, ext } = CONTENT_LAYOUT[kind];
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (extname(name) !== ext) continue;
      const path = join(abs, name);
      const text = readFileSync(path, 'utf8');
      const doc = splitFrontmatter(text);
      if (!doc) {
        problems.push({ file: rel(path), message: 'has no frontmatter (the file must start with a --- block)' });
        continue;
      }
      const { yaml, yamlLine, body, bodyLine } = doc;
      texts.push({ file: rel(path), yaml, yamlLine, body, bodyLine });
      const data = readYaml(yaml, rel(path), problems, yamlLine);
      if (data === undefined) continue;
      entries.push({ file: rel(path), kind, data: data ?? {}, body, bodyLine, fileId: basename(name, ext) });
    }
  }

  // Letters: one YAML document per file (content/letters/<kind>.yaml); parts.yaml is their shared parts.
  if (kinds.includes('letters') && existsSync(join(root, CONTENT_LAYOUT.letters.dir))) {
    const abs = join(root, CONTENT_LAYOUT.letters.dir);
    for (const name of readdirSync(abs).sort()) {
      const path = join(abs, name);
      if (extname(name) !== '.yaml' || rel(path) === CONTENT_LAYOUT.letterParts.file) continue;
      const data = yamlFile(path);
      if (data !== undefined) entries.push({ file: rel(path), kind: 'letters', data: data ?? {}, fileId: basename(name, '.yaml') });
    }
  }

  // One YAML document a file: optional (a project without letters or urgent signals has none).
  for (const kind of (['letterParts', 'urgent'] as const).filter((k) => kinds.includes(k))) {
    const path = join(root, CONTENT_LAYOUT[kind].file);
    if (!existsSync(path)) continue;
    const data = yamlFile(path);
    if (data !== undefined) entries.push({ file: rel(path), kind, data: data ?? {}, fileId: kind });
  }

  for (const kind of (['questions', 'journeys', 'laws', 'channels'] as const).filter((k) => kinds.includes(k))) {
    const path = join(root, CONTENT_LAYOUT[kind].file);
    if (!existsSync(path)) {
      problems.push({ file: rel(path), message: 'is missing' });
      continue;
    }
    const data = yamlFile(path);
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push({ file: rel(path), message: 'must be a YAML list of entries' });
      continue;
    }
    const lines = itemLines(texts.at(-1)!.yaml);
    data.forEach((item, index) => {
      entries.push({ file: rel(path), kind, data: item, index, line: lines[index] });
    });
  }
  return { entries, texts, problems };
}

/**
 * The id an entry is known by, everywhere (collections, the check, the tree): a list item's
 * `id`; a file's name without extension, unless its frontmatter sets `slug`. Read from raw
 * data so one bad field does not hide the entry.
 */
export function entryId(entry: SourceEntry): string {
  const data = (entry.data && typeof entry.data === 'object' ? entry.data : {}) as Record<string, unknown>;
  const raw = entry.index !== undefined ? data.id : (data.slug ?? entry.fileId);
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
}

function readYaml(text: string, file: string, problems: Problem[], firstLine = 1): unknown {
  const doc = parseDocument(text);
  const error = doc.errors[0];
  if (error) {
    problems.push({ file, message: `is not valid YAML: ${yamlErrorMessage(text, error, firstLine)}` });
    return undefined;
  }
  return doc.toJS();
}

/** The line each item of a top-level YAML list starts on, for messages. */
function itemLines(text: string): number[] {
  const list = parseDocument(text).contents;
  if (!isSeq(list)) return [];
  return list.items.map((item) => {
    const offset = (item as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    return text.slice(0, offset).split('\n').length;
  });
}
