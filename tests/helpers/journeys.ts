import { loadContent } from '../../src/lib/content/load';
import { parseFragment } from '../../src/lib/tree/fragment';
import type { Answer } from '../../src/lib/tree/walk';
import { journeySchema } from '../../src/schemas';

export interface Journey {
  /** As written in the file, for test names. */
  text: string;
  answers: Answer[];
  outcome: string;
}

/** The reader journeys of content/tree/journeys.yaml (the content check has validated them). */
export function journeys(root: string): Journey[] {
  return loadContent(root, ['journeys']).entries.map((entry) => {
    const data = journeySchema.parse(entry.data);
    const parsed = parseFragment(`#${data.answers}`);
    if (!parsed.ok) throw new Error(`${entry.file}: item ${entry.index! + 1}: answers "${data.answers}" are not a quiz fragment`);
    return { text: data.answers, answers: parsed.answers, outcome: data.outcome };
  });
}
