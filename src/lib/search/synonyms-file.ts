import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import type { Problem, SchemaLike } from '../content/types';
import { checkSynonyms, SYNONYMS_FILE, type SynonymIndex } from './synonyms';
import { ALIASES_FILE, checkAliases, type AliasIndex } from './aliases';

/**
 * One optional YAML file of the project, parsed with its line counter; a missing file is no
 * problem (and no content), a syntax error is one problem naming the file and line.
 */
function readYamlFile(root: string, file: string): { ok: true; doc: Document.Parsed; lineCounter: LineCounter } | { ok: false; problems: Problem[] } {
  const path = join(root, file);
  if (!existsSync(path)) return { ok: false, problems: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const e = doc.errors[0];
  if (e) return { ok: false, problems: [{ file, message: `line ${e.linePos?.[0]?.line ?? '?'}: is not valid YAML: ${e.message.split('\n')[0]}` }] };
  return { ok: true, doc, lineCounter };
}

/** Reads the alias file of a project (optional: no file, no aliases). */
export function readAliases(root: string): { problems: Problem[]; index: AliasIndex } {
  const read = readYamlFile(root, ALIASES_FILE);
  if (!read.ok) return { problems: read.problems, index: [] };
  const { doc, lineCounter } = read;
  if (doc.contents !== null && !isMap(doc.contents))
    return { problems: [{ file: ALIASES_FILE, message: 'must be a YAML mapping of words to aliases, e.g. 拼多多: [pdd, 拼夕夕]' }], index: [] };
  const entries = (doc.contents?.items ?? []).map((pair) => ({
    line: lineCounter.linePos((pair.key as unknown as { range?: number[] } | null)?.range?.[0] ?? 0).line,
    word: (pair.key as unknown as { toJSON?: () => unknown } | null)?.toJSON?.() ?? '',
    aliases: (pair.value as unknown as { toJSON?: () => unknown } | null)?.toJSON?.(),
  }));
  return checkAliases(entries);
}

/**
 * Reads the synonym file of a project (optional: no file, no synonyms), and the alias file:
 * the problems are both files', so the build's content check covers both.
 */
export function readSynonyms(root: string, schema: SchemaLike): { problems: Problem[]; index: SynonymIndex; aliases: AliasIndex } {
  const own = readSynonymGroups(root, schema);
  const aliases = readAliases(root);
  return { problems: [...own.problems, ...aliases.problems], index: own.index, aliases: aliases.index };
}

function readSynonymGroups(root: string, schema: SchemaLike): { problems: Problem[]; index: SynonymIndex } {
  const read = readYamlFile(root, SYNONYMS_FILE);
  if (!read.ok) return { problems: read.problems, index: [] };
  const { doc, lineCounter } = read;
  if (doc.contents !== null && !isSeq(doc.contents))
    return { problems: [{ file: SYNONYMS_FILE, message: 'must be a YAML list of groups, e.g. - [倒闭, 跑路]' }], index: [] };
  const items = doc.contents?.items ?? [];
  const groups = items.map((node) => ({
    line: lineCounter.linePos(node.range?.[0] ?? 0).line,
    data: node.toJSON(),
  }));
  return checkSynonyms(groups, schema);
}
