import { z } from 'astro/zod';

/** content/search/synonyms.yaml: a list of groups, each a list of words readers use for one thing. */
export const synonymGroupSchema = z
  .array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, 'has an empty word')))
  .min(2, 'needs at least two words (an empty or one-word group expands nothing)');
