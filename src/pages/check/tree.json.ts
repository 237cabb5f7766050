import type { APIRoute } from 'astro';
import { getTree } from '../../data/tree';
import { situationCards } from '../../data/situation';

/**
 * The decision tree as one static file: the quiz and the toolkit fetch it instead of each page
 * inlining it. It alone carries the situations' cards, so 你的情况 needs no other request.
 */
export const GET: APIRoute = async () => {
  const [tree, situations] = await Promise.all([getTree(), situationCards()]);
  return new Response(JSON.stringify({ ...tree, situations }), { headers: { 'Content-Type': 'application/json' } });
};
