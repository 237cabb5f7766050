import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { aliasLoader, citationLoader, contentLoader, letterLoader, synonymLoader } from './loaders/content';
import {
  caseSchema,
  channelSchema,
  guideSchema,
  journeySchema,
  lawSchema,
  letterTemplateSchema,
  outcomeSchema,
  questionSchema,
  situationSchema,
  urgentSchema,
} from './schemas';

// Content lives in /content (editable without touching code); schemas live in src/schemas.
// Every collection comes from one read of content/, checked as a whole before any page
// renders (src/loaders/content.ts): a problem anywhere stops the build, naming file and field.
const ids = z.array(z.string());

export const collections = {
  guide: defineCollection({ loader: contentLoader('guide'), schema: guideSchema }),
  cases: defineCollection({ loader: contentLoader('cases'), schema: caseSchema }),
  situations: defineCollection({ loader: contentLoader('situations'), schema: situationSchema }),
  outcomes: defineCollection({ loader: contentLoader('outcomes'), schema: outcomeSchema }),
  questions: defineCollection({ loader: contentLoader('questions'), schema: questionSchema.extend({ position: z.number() }) }),
  journeys: defineCollection({ loader: contentLoader('journeys'), schema: journeySchema }),
  laws: defineCollection({ loader: contentLoader('laws'), schema: lawSchema }),
  channels: defineCollection({ loader: contentLoader('channels'), schema: channelSchema }),
  letters: defineCollection({ loader: letterLoader(), schema: letterTemplateSchema }),
  urgent: defineCollection({ loader: contentLoader('urgent'), schema: urgentSchema }),
  synonyms: defineCollection({ loader: synonymLoader(), schema: z.object({ words: ids }) }),
  aliases: defineCollection({ loader: aliasLoader(), schema: z.object({ alias: z.string(), word: z.string() }) }),
  /** The <Law>/<Channel> ids each MDX body cites ("<collection>/<id>"), found once, by the check. */
  citations: defineCollection({ loader: citationLoader(), schema: z.object({ laws: ids, channels: ids }) }),
};
