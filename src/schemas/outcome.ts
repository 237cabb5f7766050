import { z } from 'astro/zod';
import { askedAs, isoDate, slug, textId } from './common';

const letterKinds = ['demand', 'platform', 'payment', 'complaint', 'police', 'court', 'guardian', 'seller', 'none'] as const;

export const outcomeSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  askedAs,
  branch: z.enum(['consumer', 'fraud']),
  rung: z.string().min(1),
  reviewed: isoDate,
  // At least one of each is required; the tree check says so, naming the outcome.
  laws: z.array(slug),
  channels: z.array(textId),
  evidence: z.array(z.string().min(1)).min(1),
  next: slug.optional(),
  letter: z.enum(letterKinds).default('none'),
});
