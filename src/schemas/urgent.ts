import { z } from 'astro/zod';
import { slug, textId } from './common';

/** content/search/urgent.yaml: the outcome for money that has just gone, what says so, the channels to call. */
export const urgentSchema = z
  .object({
    outcome: slug,
    call: z.array(textId).min(1),
    signals: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();
