import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load';
import { readSynonyms } from '../../src/lib/search/synonyms-file';
import type { Tree } from '../../src/lib/tree/types';
import { synonymGroupSchema } from '../../src/schemas/synonyms';
import { DIST, parsePage } from '../helpers/dist';
import { ROOT } from '../helpers/tree';

// Astro's content store keeps no order: what the files order, the site must order the same way.
describe('the collections keep the order of the files', () => {
  it('the tree starts at the first question of questions.yaml and lists them in file order', () => {
    const tree = JSON.parse(readFileSync(join(DIST, 'check/tree.json'), 'utf8')) as Tree;
    const ids = loadContent(ROOT, ['questions']).entries.map((e) => (e.data as { id: string }).id);
    expect(tree.start).toBe(ids[0]);
    expect(Object.keys(tree.questions)).toEqual(ids);
  });

  it('the search page has the synonym groups in the order of synonyms.yaml', () => {
    const data = JSON.parse(parsePage('/search/').querySelector('#search-data')!.textContent) as { synonyms: string[][] };
    expect(data.synonyms).toEqual(readSynonyms(ROOT, synonymGroupSchema).index);
  });
});
