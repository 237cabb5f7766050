import { readSynonyms } from '../search/synonyms-file';
import type { AliasIndex } from '../search/aliases';
import type { SynonymIndex } from '../search/synonyms';
import { toolkitUi } from '../../i18n';
import { checkContentFigures } from './figure-check';
import { linkProblem, markdownLinks, yamlLinks } from './links';
import { loadContent, type Loaded, type SourceText } from './load';
import type { Citation } from './refs';
import type { Problem, SchemaLike } from './types';
import { validateContent, type Schemas } from './validate';

/** Everything the site is built from, read once and checked: what the content loaders hand to Astro. */
export interface CheckedContent {
  loaded: Loaded;
  problems: Problem[];
  /** The <Law>/<Channel> citations of each MDX body, by file, found while checking it. */
  cited: Map<string, Citation[]>;
  synonyms: SynonymIndex;
  aliases: AliasIndex;
}

/**
 * Reads and validates the content folder of a project (schemas, ids, links, figures, letters),
 * and its search synonyms and aliases when given the synonym group's schema.
 */
export function readCheckedContent(root: string, schemas: Schemas, synonymGroup?: SchemaLike): CheckedContent {
  const loaded = loadContent(root);
  const cited = new Map<string, Citation[]>();
  const search = synonymGroup ? readSynonyms(root, synonymGroup) : { problems: [], index: [], aliases: [] };
  const problems = [
    ...loaded.problems,
    ...validateContent(loaded.entries, schemas, { letterLabels: toolkitUi.fields, cited }),
    ...checkLinks(loaded.texts),
    ...checkContentFigures(root, loaded),
    ...search.problems,
  ];
  return { loaded, problems, cited, synonyms: search.index, aliases: search.aliases };
}

/** The problems of a project's content (see readCheckedContent). */
export function checkContentDir(root: string, schemas: Schemas, synonymGroup?: SchemaLike): Problem[] {
  return readCheckedContent(root, schemas, synonymGroup).problems;
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
