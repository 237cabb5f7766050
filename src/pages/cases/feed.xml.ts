import type { APIRoute } from 'astro';
import { getCases } from '../../data/cases';
import { atomFeed } from '../../lib/feed';
import { caseFeedUrl, caseListUrl, caseUrl } from '../../lib/urls';
import { ui } from '../../i18n';

// An Atom feed of every case, for readers and media who follow new examples.
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('https://refundpath.example/');
  const cases = await getCases();
  const url = (path: string) => new URL(path, base).href;
  const xml = atomFeed({
    id: url(caseListUrl()),
    title: ui.cases.feedTitle,
    selfUrl: url(caseFeedUrl()),
    siteUrl: url(caseListUrl()),
    updated:
      cases
        .map((c) => c.data.reviewed)
        .sort()
        .at(-1) ?? '2026-01-01',
    entries: cases.map((c) => ({ id: url(caseUrl(c.id)), url: url(caseUrl(c.id)), title: c.data.title, summary: c.data.summary, updated: c.data.reviewed })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
