import type { Schemas } from '../lib/content/validate';
import { caseSchema } from './case';
import { guideSchema } from './guide';
import { journeySchema } from './journey';
import { outcomeSchema } from './outcome';
import { questionSchema } from './question';
import { channelSchema, lawSchema } from './registry';
import { situationSchema } from './situation';
import { letterPartsSchema, letterSchema, letterTemplateSchema } from './letter';
import { urgentSchema } from './urgent';

export { situationSchema, caseSchema, guideSchema, outcomeSchema, questionSchema, journeySchema, channelSchema, lawSchema, letterTemplateSchema, urgentSchema };

/** One schema per content kind, shared by Astro's collections and the content check. */
export const schemas: Schemas = {
  guide: guideSchema,
  cases: caseSchema,
  situations: situationSchema,
  outcomes: outcomeSchema,
  questions: questionSchema,
  journeys: journeySchema,
  laws: lawSchema,
  channels: channelSchema,
  letters: letterSchema,
  letterParts: letterPartsSchema,
  urgent: urgentSchema,
};
