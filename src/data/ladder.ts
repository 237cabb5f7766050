import { getCollection } from 'astro:content';
import { ladderOf, type Ladder } from '../lib/ladder';

/** The escalation ladder from the outcome files (src/lib/ladder.ts says what a rung is). */
export async function getLadder(): Promise<Ladder> {
  return ladderOf(await getCollection('outcomes'));
}
