import { render } from 'astro:content';
import { getCases, type CaseEntry } from './cases';
import { getGuide } from './guide';
import { getTree } from './tree';
import { getChannels, pageLaws } from './registry';
import type { Body, Link } from './types';
import { caseKind, type CaseKind } from '../lib/cases/kind';
import { caseListUrl, chapterUrl, outcomeUrl } from '../lib/urls';
import { resultSlugs, type sourceKinds } from '../schemas/case';
import type { Law } from '../schemas/registry';
import { ui } from '../i18n';

type SourceKind = (typeof sourceKinds)[number];

/** What a case page renders; each filter value it shows links to its filter page. */
export interface CasePage {
  title: string;
  summary: string;
  askedAs: string[] | undefined;
  reviewed: string;
  Content: Body;
  index: Link;
  kind: CaseKind;
  kindLink: Link;
  situationLink: Link;
  /** Left out when the report does not say. */
  paymentLink: Link | undefined;
  amount: number | undefined;
  duration: string;
  /** The channels used, as one line (or why there are none). */
  channels: string;
  resultLink: Link;
  /** For a public case: the report, who published it and when. */
  report: { url: string; body: string; date: string; kind: SourceKind } | undefined;
  outcome: Link;
  chapters: Link[];
  laws: Law[];
}

export interface CaseRoute {
  entry: CaseEntry;
  outcome: Link;
  chapters: Link[];
}

/** One static page per case: /cases/<id>/. */
export async function casePaths(): Promise<{ params: { id: string }; props: CaseRoute }[]> {
  const [cases, guide, tree] = await Promise.all([getCases(), getGuide(), getTree()]);
  return cases.map((entry) => {
    const outcome = tree.outcomes[entry.data.outcome]!;
    return {
      params: { id: entry.id },
      props: {
        entry,
        outcome: { url: outcomeUrl(outcome.id), title: outcome.title },
        chapters: guide.filter((g) => entry.data.chapters.includes(g.id)).map((g) => ({ url: chapterUrl(g.id), title: g.data.title })),
      },
    };
  });
}

export async function casePage({ entry, outcome, chapters }: CaseRoute): Promise<CasePage> {
  const d = entry.data;
  const c = ui.cases;
  const { Content } = await render(entry);
  const laws = await pageLaws('cases', entry.id, [], entry.filePath);
  const channels = await getChannels(d.channels, entry.filePath);
  const kind = caseKind(d.source);
  return {
    title: d.title,
    summary: d.summary,
    askedAs: d.askedAs,
    reviewed: d.reviewed,
    Content,
    index: { url: caseListUrl(), title: c.title },
    kind,
    kindLink: { url: caseListUrl({ facet: 'kind', slug: kind }), title: c.kinds[kind] },
    situationLink: { url: caseListUrl({ facet: 'situation', slug: d.situation }), title: ui.situations[d.situation] },
    paymentLink: d.payment && { url: caseListUrl({ facet: 'payment', slug: d.payment }), title: ui.payments[d.payment] },
    amount: d.amount,
    duration: d.duration,
    channels: channels.length ? channels.map((ch) => ch.name).join(ui.listSeparator) : kind === 'public' ? c.channelsInRoute : c.noChannels,
    resultLink: { url: caseListUrl({ facet: 'result', slug: resultSlugs[d.result] }), title: d.result },
    report: kind === 'public' ? { url: d.source, body: d.sourceBody!, date: d.sourceDate!, kind: d.sourceKind! } : undefined,
    outcome,
    chapters,
    laws,
  };
}
