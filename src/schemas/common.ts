import { z } from 'astro/zod';
import { isIsoDate } from '../lib/deadlines/dates';
import { ID_PATTERN, ID_RULE } from '../lib/core';

/** A calendar date written YYYY-MM-DD. YAML may hand us a Date (unquoted) or a string. */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
  if (!isIsoDate(text)) {
    ctx.addIssue({ code: 'custom', message: `must be a real date written YYYY-MM-DD, got "${String(value)}"` });
    return z.NEVER;
  }
  return text;
});

/** Registry ids, tree ids and slugs: the same rule the quiz's URL parser applies. */
export const slug = z.string().regex(ID_PATTERN, ID_RULE);

/** Channel ids may be hotline numbers, so YAML must quote them; say so if it did not. */
export const textId = z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text (put numbers in quotes, e.g. "12315")') });

/**
 * How readers ask for a page in their own words (拼多多不退款, 商家拖着不退): indexed for
 * search with extra weight and used for the best answer, shown nowhere on the page.
 */
export const askedAs = z.array(z.string().trim().min(1, 'must not be an empty phrase')).optional();
