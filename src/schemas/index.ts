import type { Schemas } from '../lib/content/validate';
import { caseSchema } from './case';
import { guideSchema } from './guide';
import { outcomeSchema } from './outcome';
import { questionSchema } from './question';
import { channelSchema, lawSchema } from './registry';

export { caseSchema, guideSchema, outcomeSchema, questionSchema, channelSchema, lawSchema };

/** One schema per content kind, shared by Astro's collections and the content check. */
export const schemas: Schemas = {
  guide: guideSchema,
  cases: caseSchema,
  outcomes: outcomeSchema,
  questions: questionSchema,
  laws: lawSchema,
  channels: channelSchema,
};
