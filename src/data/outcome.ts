import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getAnswerFacts, getTree } from './tree';
import { getGuide } from './guide';
import { caseLinks, getCases, type CaseLink } from './cases';
import { getChannels, getLaws } from './registry';
import type { Body, Link } from './types';
import { letterTemplates } from '../i18n/letters.zh-cn';
import type { ComponentProps } from 'preact';
import type Toolkit from '../islands/Toolkit';
import { lawsFor } from '../lib/letters/render';
import { lawLabel, lawLine } from '../lib/content/labels';
import { pageLawIds } from '../lib/content/refs';
import { DEADLINE_LAWS } from '../lib/deadlines/compute';
import { todayInChina } from '../lib/deadlines/dates';
import { routeOnly, type Tree } from '../lib/tree/types';
import { chapterUrl, outcomeUrl } from '../lib/urls';
import type { Law } from '../schemas/registry';

type OutcomeEntry = CollectionEntry<'outcomes'>;

/** What an outcome page renders: its words, links, laws and the islands' props. */
export interface OutcomePage {
  id: string;
  title: string;
  summary: string;
  askedAs: string[] | undefined;
  branch: 'consumer' | 'fraud';
  rung: string;
  reviewed: string;
  Content: Body;
  /** Ids of the channels the page shows as cards. */
  channels: string[];
  laws: Law[];
  next: Link | undefined;
  chapters: Link[];
  related: CaseLink[];
  /** The toolkit island's props, except the outcome (above) and its words. */
  toolkit: Omit<ComponentProps<typeof Toolkit>, 'outcome' | 'strings'>;
  /** The whole tree, for the quiz island. */
  tree: Tree;
}

/** Props of one outcome route: the entry and what every outcome page shares. */
export interface OutcomeRoute {
  entry: OutcomeEntry;
  tree: Tree;
  chapters: Link[];
  related: CaseLink[];
  facts: Record<string, string>;
  lawLabels: Record<string, string>;
}

/** One static page per outcome file: /check/result/<id>/. */
export async function outcomePaths(): Promise<{ params: { id: string }; props: OutcomeRoute }[]> {
  const [tree, outcomes, guide, cases, facts, deadlineLaws] = await Promise.all([getTree(), getCollection('outcomes'), getGuide(), getCases(), getAnswerFacts(), getLaws(DEADLINE_LAWS)]);
  const lawLabels = Object.fromEntries(deadlineLaws.map((l) => [l.id, lawLabel(l)]));
  return outcomes.map((entry) => ({
    params: { id: entry.id },
    props: {
      entry,
      tree,
      chapters: guide.filter((c) => c.data.outcomes.includes(entry.id)).map((c) => ({ url: chapterUrl(c.id), title: c.data.title })),
      related: caseLinks(cases.filter((c) => c.data.outcome === entry.id)),
      facts,
      lawLabels,
    },
  }));
}

export async function outcomePage({ entry, tree, chapters, related, facts, lawLabels }: OutcomeRoute): Promise<OutcomePage> {
  const d = entry.data;
  const { Content } = await render(entry);
  const laws = await getLaws(pageLawIds(d.laws, entry.body ?? ''), entry.filePath);
  const channels = await getChannels(d.channels, entry.filePath);
  const next = d.next ? tree.outcomes[d.next] : undefined;
  const template = d.letter === 'none' ? null : letterTemplates[d.letter];
  return {
    id: entry.id,
    title: d.title,
    summary: d.summary,
    askedAs: d.askedAs,
    branch: d.branch,
    rung: d.rung,
    reviewed: d.reviewed,
    Content,
    channels: channels.map((ch) => ch.id),
    laws,
    next: next && { url: outcomeUrl(next.id), title: next.title },
    chapters,
    related,
    toolkit: {
      tree: routeOnly(tree),
      template,
      laws: lawsFor(template, laws).map(lawLine),
      lawLabels,
      evidence: d.evidence,
      facts,
      deadlines: d.branch === 'consumer',
      // Today in China when the site was built, as the islands count it.
      builtOn: todayInChina(),
    },
    tree,
  };
}
