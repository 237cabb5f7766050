import { z } from 'astro/zod';
import { isoDate, slug, textId } from './common';

const verification = z.enum(['V', 'V2']);

export const lawSchema = z.object({
  id: slug,
  law: z.string().min(1),
  article: z.string().min(1),
  summary: z.string().min(1),
  source: z.url(),
  tag: verification,
  /** The day this entry's summary was last re-checked against the fact sheet (YYYY-MM-DD). */
  checked: isoDate,
});

export const channelSchema = z.object({
  id: textId.pipe(slug),
  name: z.string().min(1),
  phone: textId.optional(),
  url: z.url().optional(),
  handles: z.string().min(1),
  when: z.string().min(1),
  tag: verification,
});

export type Law = z.infer<typeof lawSchema>;
export type Channel = z.infer<typeof channelSchema>;
