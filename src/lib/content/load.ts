import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parseDocument, isSeq } from 'yaml';
import { yamlErrorMessage } from './yaml-error';
import type { Kind, Problem, SourceEntry } from './types';

/** Where each kind lives, relative to the project root. */
const CONTENT_LAYOUT = {
  guide: { dir: 'content/guide', ext: '.mdx' },
  cases: { dir: 'content/cases', ext: '.mdx' },
  situations: { dir: 'content/situations', ext: '.mdx' },
  outcomes: { dir: 'content/tree/outcomes', ext: '.mdx' },
  questions: { file: 'content/tree/questions.yaml' },
  journeys: { file: 'content/tree/journeys.yaml' },
  laws: { file: 'content/laws.yaml' },
  channels: { file: 'content/channels.yaml' },
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

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const ALL_KINDS: readonly Kind[] = ['guide', 'cases', 'situations', 'outcomes', 'questions', 'journeys', 'laws', 'channels'];

/** Reads content files from disk, as the build will see them: every kind, or only those named. */
export function loadContent(root: string, kinds: readonly Kind[] = ALL_KINDS): Loaded {
  const entries: SourceEntry[] = [];
  const texts: SourceText[] = [];
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  for (const kind of (['guide', 'cases', 'situations', 'outcomes'] as const).filter((k) => kinds.includes(k))) {
    const { dir, ext } = CONTENT_LAYOUT[kind];
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (extname(name) !== ext) continue;
      const path = join(abs, name);
      const text = readFileSync(path, 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file: rel(path), message: 'has no frontmatter (the file must start with a --- block)' });
        continue;
      }
      const body = text.slice(match[0].length);
      const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
      texts.push({ file: rel(path), yaml: match[1]!, yamlLine: 2, body, bodyLine });
      const data = readYaml(match[1]!, rel(path), problems, 2);
      if (data === undefined) continue;
      entries.push({ file: rel(path), kind, data: data ?? {}, body, bodyLine, fileId: basename(name, ext) });
    }
  }

  for (const kind of (['questions', 'journeys', 'laws', 'channels'] as const).filter((k) => kinds.includes(k))) {
    const path = join(root, CONTENT_LAYOUT[kind].file);
    if (!existsSync(path)) {
      problems.push({ file: rel(path), message: 'is missing' });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    texts.push({ file: rel(path), yaml: text, yamlLine: 1 });
    const data = readYaml(text, rel(path), problems);
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push({ file: rel(path), message: 'must be a YAML list of entries' });
      continue;
    }
    const lines = itemLines(text);
    data.forEach((item, index) => {
      entries.push({ file: rel(path), kind, data: item, index, line: lines[index] });
    });
  }
  return { entries, texts, problems };
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
