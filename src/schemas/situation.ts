import { z } from 'astro/zod';
import { askedAs, isoDate, slug, textId } from './common';

/**
 * A reader's situation (直播购物, 预售定金, 支付账户被限制…): why the money is owed and where to
 * go, whatever rung of the ladder the reader is on. The ladder says what step; the situation
 * says which right, which channel and which trap. One file per situation:
 * content/situations/<id>.mdx; its body is the situation's own page, its `card` is shown near
 * the top of every outcome page reached from it.
 */
export const situationSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Who it is for, one line (适用于：在直播间下单买东西的人). */
  for: z.string().min(1),
  askedAs,
  /** Groups situations on the guide's list and in the quiz (网上购物, 出行, 金融与支付…). */
  group: z.string().min(1),
  order: z.number().int().positive(),
  branch: z.enum(['consumer', 'fraud']).default('consumer'),
  /**
   * What the reader paid for: goods, or a service (a trip, a course, a membership…). The court
   * papers start from it: the courts' 买卖合同 template fits goods; for a service the reader is
   * told to adapt it (facts.md, "Added 2026-12-04" §14).
   */
  bought: z.enum(['goods', 'service']).default('goods'),
  /** The card (你的情况): one right, one channel, one trap, each a sentence or two. */
  card: z.object({
    right: z.string().min(1),
    law: slug,
    channel: z.string().min(1),
    channelId: textId.optional(),
    trap: z.string().min(1),
  }),
  /** The rights that apply, each with the law that gives it and its conditions. */
  rights: z.array(z.object({ law: slug, text: z.string().min(1), conditions: z.string().min(1).optional() })).min(1, 'needs at least one cited right'),
  /** Channels specific to this situation and what each handles for it. */
  channels: z.array(z.object({ id: textId, handles: z.string().min(1) })).min(1, 'needs at least one channel'),
  /** Its own deadlines (e.g. the telecom billing bar), each with its law where one applies. */
  deadlines: z.array(z.object({ text: z.string().min(1), law: slug.optional() })).default([]),
  evidence: z.array(z.string().min(1)).min(1),
  /** What not to do. */
  avoid: z.array(z.string().min(1)).min(1),
  /** Case slugs (content/cases) that show this situation. */
  cases: z.array(slug).default([]),
  /**
   * Facts that shape a letter in this situation: extra fields the reader fills in, a sentence
   * added to the letter's facts and one to its demands ({field} inserts a field's value).
   */
  letter: z
    .object({
      fields: z.array(z.object({ id: slug, label: z.string().min(1), hint: z.string().optional() })).default([]),
      fact: z.string().min(1).optional(),
      demand: z.string().min(1).optional(),
    })
    .optional(),
  reviewed: isoDate,
});

export type SituationData = z.infer<typeof situationSchema>;
