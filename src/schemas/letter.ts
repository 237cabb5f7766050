import { z } from 'astro/zod';
import { FIELDS } from '../lib/letters/fields';

const field = z.enum(FIELDS);
const labels = z.partialRecord(field, z.string().trim().min(1));
/** A line of a letter, or a shared part (content/letters/parts.yaml) put there whole. */
const line = z.union([z.string(), z.object({ part: z.string() }).strict()]);

/**
 * One letter as written in content/letters/<kind>.yaml: lines use {field}, {today}, {facts},
 * {laws}, {evidence}, {demands} (src/lib/letters/templates.ts fills the parts in and checks them).
 */
export const letterSchema = z
  .object({
    title: z.string().trim().min(1),
    /** The fields the form asks for, in order: a list, or the name of a shared set in parts.yaml. */
    fields: z.union([z.string(), z.array(field).min(1)]),
    labels: labels.optional(),
    /** When set, the letter cites only these of the outcome's laws. */
    laws: z.array(z.string()).min(1).optional(),
    lines: z.array(line).min(1),
  })
  .strict();

/** content/letters/parts.yaml: what several letters share, written once. */
export const letterPartsSchema = z
  .object({
    fields: z.record(z.string(), z.array(field).min(1)),
    lines: z.record(z.string(), z.array(z.string()).min(1)),
  })
  .strict();

/** A letter as the toolkit uses it, its parts filled in (the letters collection's entries). */
export const letterTemplateSchema = z.object({
  title: z.string(),
  fields: z.array(field),
  labels: labels.optional(),
  laws: z.array(z.string()).optional(),
  lines: z.array(z.string()),
});
