import { loadContent } from './load';
import type { Problem } from './types';
import { validateContent, type Schemas } from './validate';

/** Reads and validates the content folder of a project. */
export function checkContentDir(root: string, schemas: Schemas): Problem[] {
  const { entries, problems } = loadContent(root);
  return [...problems, ...validateContent(entries, schemas)];
}
