import { z } from 'astro/zod';
import { askedAs, isoDate, slug } from './common';

export const guideSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int().positive(),
  reviewed: isoDate,
  conclusion: z.string().min(1),
  askedAs,
  /** Quiz outcomes that match this chapter. */
  outcomes: z.array(slug).default([]),
  /** Optional URL slug; defaults to the file name. */
  slug: slug.optional(),
});
