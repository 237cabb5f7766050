import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { Problem, SchemaLike } from '../content/types';
import { checkSynonyms, SYNONYMS_FILE, type SynonymIndex } from './synonyms';

/** Reads the synonym file of a project (optional: no file, no synonyms). */
export function readSynonyms(root: string, schema: SchemaLike): { problems: Problem[]; index: SynonymIndex } {
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

