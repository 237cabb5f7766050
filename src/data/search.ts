import { getCollection } from 'astro:content';
import { getGuide } from './guide';
import { chapterUrl, outcomeUrl } from '../lib/urls';
import { answerMap, type AnswerMap } from '../lib/search/answers';
import { readSynonyms } from '../lib/search/synonyms-file';
import type { SynonymIndex } from '../lib/search/synonyms';
import { synonymGroupSchema } from '../schemas/synonyms';

/** The best-answer map: quiz outcomes first, then guide chapters, from their askedAs and channels. */
export async function getAnswerMap(): Promise<AnswerMap> {
  const [outcomes, chapters, channels] = await Promise.all([getCollection('outcomes'), getGuide(), getCollection('channels')]);
  return answerMap(
    [
      ...outcomes.map((o) => ({ url: outcomeUrl(o.id), title: o.data.title, line: o.data.summary, fraud: o.data.branch === 'fraud', askedAs: o.data.askedAs ?? [], channels: o.data.channels })),
      ...chapters.map((c) => ({ url: chapterUrl(c.id), title: c.data.title, line: c.data.summary, fraud: false, askedAs: c.data.askedAs ?? [] })),
    ],
    channels.map((c) => c.data),
  );
}

/** Synonym groups from content/search/synonyms.yaml (already checked at build start). Astro builds from the project root. */
export function getSynonyms(): SynonymIndex {
  return readSynonyms(process.cwd(), synonymGroupSchema).index;
}
