import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema, channelSchema, guideSchema, lawSchema, outcomeSchema, situationSchema } from './schemas';

// Content lives in /content (editable without touching code); schemas live in src/schemas.
// The decision tree's questions are not a collection: src/data/tree.ts assembles the tree
// from questions.yaml with the same function the content check and the tests use.
const mdx = (base: string) => glob({ pattern: '*.mdx', base });

export const collections = {
  guide: defineCollection({ loader: mdx('./content/guide'), schema: guideSchema }),
  cases: defineCollection({ loader: mdx('./content/cases'), schema: caseSchema }),
  situations: defineCollection({ loader: mdx('./content/situations'), schema: situationSchema }),
  outcomes: defineCollection({ loader: mdx('./content/tree/outcomes'), schema: outcomeSchema }),
  laws: defineCollection({ loader: file('./content/laws.yaml'), schema: lawSchema }),
  channels: defineCollection({ loader: file('./content/channels.yaml'), schema: channelSchema }),
};
