import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Kind, Problem, SourceEntry } from './types';

/** Where each kind lives, relative to the project root. */
export const CONTENT_LAYOUT = {
  guide: { dir: 'content/guide', ext: '.mdx' },
  cases: { dir: 'content/cases', ext: '.mdx' },
  outcomes: { dir: 'content/tree/outcomes', ext: '.mdx' },
  questions: { file: 'content/tree/questions.yaml' },
  journeys: { file: 'content/tree/journeys.yaml' },
  laws: { file: 'content/laws.yaml' },
  channels: { file: 'content/channels.yaml' },
} as const;

export interface Loaded {
  entries: SourceEntry[];
  /** Files that could not be read as YAML or frontmatter at all. */
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const ALL_KINDS: readonly Kind[] = ['guide', 'cases', 'outcomes', 'questions', 'journeys', 'laws', 'channels'];

/** Reads content files from disk, as the build will see them: every kind, or only those named. */
export function loadContent(root: string, kinds: readonly Kind[] = ALL_KINDS): Loaded {
  const entries: SourceEntry[] = [];
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  for (const kind of (['guide', 'cases', 'outcomes'] as const).filter((k) => kinds.includes(k))) {
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
      const data = readYaml(match[1]!, rel(path), problems);
      if (data === undefined) continue;
      const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
      entries.push({ file: rel(path), kind, data: data ?? {}, body: text.slice(match[0].length), bodyLine, fileId: basename(name, ext) });
    }
  }

  for (const kind of (['questions', 'journeys', 'laws', 'channels'] as const).filter((k) => kinds.includes(k))) {
    const path = join(root, CONTENT_LAYOUT[kind].file);
    if (!existsSync(path)) {
      problems.push({ file: rel(path), message: 'is missing' });
      continue;
    }
    const data = readYaml(readFileSync(path, 'utf8'), rel(path), problems);
    if (data === undefined) continue;
    if (!Array.isArray(data)) {
      problems.push({ file: rel(path), message: 'must be a YAML list of entries' });
      continue;
    }
    data.forEach((item, index) => entries.push({ file: rel(path), kind, data: item, index }));
  }
  return { entries, problems };
}

function readYaml(text: string, file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    problems.push({ file, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}
