import { readSynonyms } from '../search/synonyms-file';
import { checkContentFigures } from './figure-check';
import { linkProblem, markdownLinks, yamlLinks } from './links';
import { loadContent, type SourceText } from './load';
import type { Problem, SchemaLike } from './types';
import { validateContent, type Schemas } from './validate';

/** Reads and validates the content folder of a project (schemas, links, figures), and its search synonyms when given their schema. */
export function checkContentDir(root: string, schemas: Schemas, synonymGroup?: SchemaLike): Problem[] {
  const loaded = loadContent(root);
  const { entries, texts, problems } = loaded;
  const synonyms = synonymGroup ? readSynonyms(root, synonymGroup).problems : [];
  return [...problems, ...validateContent(entries, schemas), ...checkLinks(texts), ...checkContentFigures(root, loaded), ...synonyms];
}

/** Every link in content must be https to a valid host name (or stay on the site), named by file and line. */
function checkLinks(texts: readonly SourceText[]): Problem[] {
  const problems: Problem[] = [];
  for (const t of texts) {
    const links = [...yamlLinks(t.yaml, t.yamlLine), ...(t.body === undefined ? [] : markdownLinks(t.body, t.bodyLine))];
    for (const link of links) {
      const problem = linkProblem(link);
      if (problem) problems.push({ file: t.file, message: `line ${link.line}: ${problem}` });
    }
  }
  return problems;
}
