import { getCollection, type CollectionEntry } from 'astro:content';

/** Guide chapters in reading order. */
export async function getGuide(): Promise<CollectionEntry<'guide'>[]> {
  return (await getCollection('guide')).sort((a, b) => a.data.order - b.data.order);
}
