import type { APIRoute } from 'astro';
import { getTree } from '../../data/tree';

/** The decision tree as one static file: the quiz and the toolkit fetch it instead of each page inlining it. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getTree()), { headers: { 'Content-Type': 'application/json' } });
