import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import type { Problem, SchemaLike } from '../content/types';
import { checkSynonyms, SYNONYMS_FILE, type SynonymIndex } from './synonyms';
import { ALIASES_FILE, checkAliases, type AliasIndex } from './aliases';

/** Reads the alias file of a project (optional: no file, no aliases). */
export function readAliases(root: string): { problems: Problem[]; index: AliasIndex } {
  const path = join(root, ALIASES_FILE);
  if (!existsSync(path)) return { problems: [], index: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return { problems: [{ file: ALIASES_FILE, message: `line ${e.linePos?.[0]?.line ?? '?'}: is not valid YAML: ${e.message.split('\n')[0]}` }], index: [] };
  }
  if (doc.contents !== null && !isMap(doc.contents)) return { problems: [{ file: ALIASES_FILE, message: 'must be a YAML mapping of words to aliases, e.g. 拼多多: [pdd, 拼夕夕]' }], index: [] };
  const entries = (doc.contents?.items ?? []).map((pair) => ({
    line: lineCounter.linePos((pair.key as unknown as { range?: number[] } | null)?.range?.[0] ?? 0).line,
    word: (pair.key as unknown as { toJSON?: () => unknown } | null)?.toJSON?.() ?? '',
    aliases: (pair.value as unknown as { toJSON?: () => unknown } | null)?.toJSON?.(),
  }));
  return checkAliases(entries);
}

/**
 * Reads the synonym file of a project (optional: no file, no synonyms). Its problems include
 * the alias file's, so the build's content check covers both.
 */
export function readSynonyms(root: string, schema: SchemaLike): { problems: Problem[]; index: SynonymIndex } {
  const own = readSynonymGroups(root, schema);
  return { problems: [...own.problems, ...readAliases(root).problems], index: own.index };
}

function readSynonymGroups(root: string, schema: SchemaLike): { problems: Problem[]; index: SynonymIndex } {
  const path = join(root, SYNONYMS_FILE);
  if (!existsSync(path)) return { problems: [], index: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return { problems: [{ file: SYNONYMS_FILE, message: `line ${e.linePos?.[0]?.line ?? '?'}: is not valid YAML: ${e.message.split('\n')[0]}` }], index: [] };
  }
  if (doc.contents !== null && !isSeq(doc.contents)) return { problems: [{ file: SYNONYMS_FILE, message: 'must be a YAML list of groups, e.g. - [倒闭, 跑路]' }], index: [] };
  const items = doc.contents?.items ?? [];
  const groups = items.map((node) => ({
    line: lineCounter.linePos(node.range?.[0] ?? 0).line,
    data: node.toJSON(),
  }));
  return checkSynonyms(groups, schema);
}

