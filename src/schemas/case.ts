import { z } from 'astro/zod';
import { askedAs, isoDate, slug, textId } from './common';

export const situations = [
  'platform',
  'merchant',
  'local',
  'flight',
  'travel',
  'digital',
  'telecom',
  'prepaid',
  'deposit',
  'investment',
  'gambling',
  'task',
  'crypto',
  'recovery',
  'minor',
  'secondhand',
  'rail',
  'finance',
  'payment-account',
] as const;
export const payments = ['checkout', 'wallet', 'credit-card', 'debit-card', 'transfer', 'crypto-cash'] as const;
/**
 * Where a public case's link points: the publishing body's own page (official), a repost or media
 * report of a case the body itself published (repost), or a media report of a case a court heard
 * that the body did not publish as a case (report). Only the first two may say 公开发布.
 */
export const sourceKinds = ['official', 'repost', 'report'] as const;
export const results = ['全额退回', '部分退回', '未退回', '已报警立案', '止损未再受骗'] as const;
/** URL slugs for the result filter pages (/cases/result/<slug>/). */
export const resultSlugs: Record<(typeof results)[number], string> = {
  全额退回: 'full',
  部分退回: 'partial',
  未退回: 'none',
  已报警立案: 'reported',
  止损未再受骗: 'stopped',
};

export const caseSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    askedAs,
    situation: z.enum(situations),
    /** Optional only for public cases: a report may not say how the buyer paid or how much. */
    payment: z.enum(payments).optional(),
    amount: z.number().nonnegative().optional(),
    duration: z.string().min(1),
    channels: z.array(textId),
    result: z.enum(results),
    outcome: slug,
    chapters: z.array(slug).min(1),
    /** "composite" (written to illustrate a route) or the https URL of the public report it is built on. */
    source: z.union([z.literal('composite'), z.url({ protocol: /^https$/, error: 'must be "composite" or the https URL of a public report' })]),
    /** Public cases: the court or body that published the case, and when (as the report gives it). */
    sourceBody: z.string().min(1).optional(),
    sourceDate: z.string().min(1).optional(),
    sourceKind: z.enum(sourceKinds).optional(),
    reviewed: isoDate,
    slug: slug.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.source === 'composite') {
      // A composite is written by us, so it has no excuse for a missing detail.
      for (const field of ['payment', 'amount'] as const) {
        if (c[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: 'is required for a composite case' });
      }
      return;
    }
    // Only once the source itself is right, so one mistake gives one message.
    if (!c.source.startsWith('https://')) return;
    for (const field of ['sourceBody', 'sourceDate', 'sourceKind'] as const) {
      if (!c[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'is required when source is a public report' });
    }
  });
