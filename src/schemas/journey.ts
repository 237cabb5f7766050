import { z } from 'astro/zod';
import { slug } from './common';

/**
 * A reader's journey through the decision tree, used by the tree tests: the answers as they
 * appear in a quiz URL after the # (question=option&question=option), and where they lead.
 */
export const journeySchema = z.object({
  answers: z.string().regex(/^[a-z0-9-]+=[a-z0-9-]+(?:&[a-z0-9-]+=[a-z0-9-]+)*$/, 'must be answers written question=option&question=option'),
  outcome: slug,
});
