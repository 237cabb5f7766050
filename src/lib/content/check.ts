import { readSynonyms } from '../search/synonyms-file';
import { loadContent } from './load';
import type { Problem, SchemaLike } from './types';
import { validateContent, type Schemas } from './validate';

/** Reads and validates the content folder of a project, and its search synonyms when given their schema. */
export function checkContentDir(root: string, schemas: Schemas, synonymGroup?: SchemaLike): Problem[] {
  const { entries, problems } = loadContent(root);
  const synonyms = synonymGroup ? readSynonyms(root, synonymGroup).problems : [];
  return [...problems, ...validateContent(entries, schemas), ...synonyms];
}
