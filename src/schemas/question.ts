import { z } from 'astro/zod';
import { slug } from './common';

const optionSchema = z.object({
  id: slug,
  label: z.string().min(1),
  next: slug,
  flags: z.array(z.enum(['scam-signal', 'complaint-accepted'])).default([]),
  /** How this answer reads as a fact in a generated letter, e.g. 商家以“系统维护”为由拖延退款。 */
  fact: z.string().optional(),
  /** The reader's situation this answer tells us (content/situations/<id>.mdx); a later one refines an earlier one. */
  situation: slug.optional(),
});

export const questionSchema = z.object({
  id: slug,
  question: z.string().min(1),
  hint: z.string().optional(),
  /** This question asks what the reader's situation is: every option must name one. */
  situations: z.boolean().default(false),
  options: z.array(optionSchema).min(2, 'needs at least two options'),
});
