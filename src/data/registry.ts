import { getEntry } from 'astro:content';
import { pageLawIds } from '../lib/content/refs';
import type { Channel, Law } from '../schemas/registry';

// Lookups that fail loudly: the content check already rejects unknown ids at build start,
// this keeps dev honest when a file is edited after the server started.
export async function getLaw(id: string, where = 'a page'): Promise<Law> {
  const entry = await getEntry('laws', id);
  if (!entry) throw new Error(`unknown law id "${id}" in ${where}`);
  return entry.data;
}

export async function getChannel(id: string, where = 'a page'): Promise<Channel> {
  const entry = await getEntry('channels', id);
  if (!entry) throw new Error(`unknown channel id "${id}" in ${where}`);
  return entry.data;
}

export async function getLaws(ids: readonly string[], where?: string): Promise<Law[]> {
  return Promise.all(ids.map((id) => getLaw(id, where)));
}

export async function getChannels(ids: readonly string[], where?: string): Promise<Channel[]> {
  return Promise.all(ids.map((id) => getChannel(id, where)));
}

/**
 * The law ids an MDX page cites in its body, in first-use order: found once, when the
 * content check parsed the body (the citations collection), not parsed again here.
 */
async function citedLawIds(collection: 'guide' | 'cases' | 'situations' | 'outcomes', id: string): Promise<string[]> {
  const entry = await getEntry('citations', `${collection}/${id}`);
  if (!entry) throw new Error(`no citations recorded for ${collection}/${id}`);
  return entry.data.laws;
}

/** The laws a page lists: those its frontmatter names, then those its body cites, without repeats. */
export async function pageLaws(
  collection: 'guide' | 'cases' | 'situations' | 'outcomes',
  id: string,
  declared: readonly string[],
  where?: string,
): Promise<Law[]> {
  return getLaws(pageLawIds(declared, await citedLawIds(collection, id)), where);
}
