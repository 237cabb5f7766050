import { z } from 'astro/zod';
import { askedAs, isoDate, slug, textId } from './common';

export const situations = ['platform', 'merchant', 'local', 'flight', 'travel', 'digital', 'telecom', 'prepaid', 'deposit', 'investment', 'gambling', 'task', 'crypto', 'recovery'] as const;
export const payments = ['checkout', 'wallet', 'credit-card', 'debit-card', 'transfer', 'crypto-cash'] as const;
export const results = ['全额退回', '部分退回', '未退回', '已报警立案', '止损未再受骗'] as const;
/** URL slugs for the result filter pages (/cases/result/<slug>/). */
export const resultSlugs: Record<(typeof results)[number], string> = {
  全额退回: 'full',
  部分退回: 'partial',
  未退回: 'none',
  已报警立案: 'reported',
  止损未再受骗: 'stopped',
};

export const caseSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  askedAs,
  situation: z.enum(situations),
  payment: z.enum(payments),
  amount: z.number().nonnegative(),
  duration: z.string().min(1),
  channels: z.array(textId),
  result: z.enum(results),
  outcome: slug,
  chapters: z.array(slug).min(1),
  /** "composite" (written to illustrate a route) or the URL of a public report. */
  source: z.union([z.literal('composite'), z.url()]),
  reviewed: isoDate,
  slug: slug.optional(),
});

export type CaseData = z.infer<typeof caseSchema>;
