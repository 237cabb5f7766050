import { getCollection, render, type CollectionEntry } from 'astro:content';
import { getTree } from './tree';
import { getGuide } from './guide';
import { caseLinks, getCases, type CaseLink } from './cases';
import { getChannels, getLaws, pageLaws } from './registry';
import { getLetter } from './letters';
import type { Body, Link } from './types';
import { courtHook } from '../i18n/court-hook.zh-cn';
import type { ComponentProps } from 'preact';
import type Toolkit from '../islands/toolkit/Toolkit';
import { lawsFor } from '../lib/letters/render';
import { lawLabel, telHref } from '../lib/content/labels';
import { ui } from '../i18n';
import { DEADLINE_LAWS } from '../lib/deadlines/compute';
import { todayInChina } from '../lib/deadlines/dates';
import { pageTree, type Tree } from '../lib/tree/types';
import { isTopRung, ladderOf, nextRung, type Ladder } from '../lib/ladder';
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
  /** The rung's short name (商家, 12315…). */
  rungName: string;
  reviewed: string;
  Content: Body;
  /** Ids of the channels the page shows as cards. */
  channels: string[];
  /** One-tap calls the page opens with (fraud outcomes: 110 and 96110), from the channel registry. */
  calls: Call[];
  /** Whether the calls add the bank's own line (an outcome that names the bank as a channel). */
  bankLine: boolean;
  laws: Law[];
  /** 如果这一步没有用: the next rung (src/lib/ladder.ts). */
  next: Link | undefined;
  chapters: Link[];
  related: CaseLink[];
  /** The toolkit island's props, except the outcome (above); it fetches the tree itself. */
  toolkit: Omit<ComponentProps<typeof Toolkit>, 'outcome'>;
  /** This page's part of the tree, for the quiz's first paint; the quiz fetches the rest. */
  quiz: Tree;
}

interface Call {
  label: string;
  /** tel: link */
  href: string;
}

/** Props of one outcome route: the entry and what every outcome page shares. */
export interface OutcomeRoute {
  entry: OutcomeEntry;
  tree: Tree;
  ladder: Ladder;
  chapters: Link[];
  related: CaseLink[];
  lawLabels: Record<string, string>;
}

/** One static page per outcome file: /check/result/<id>/. */
export async function outcomePaths(): Promise<{ params: { id: string }; props: OutcomeRoute }[]> {
  const [tree, outcomes, guide, cases, deadlineLaws] = await Promise.all([
    getTree(),
    getCollection('outcomes'),
    getGuide(),
    getCases(),
    getLaws(DEADLINE_LAWS),
  ]);
  const ladder = ladderOf(outcomes);
  const lawLabels = Object.fromEntries(deadlineLaws.map((l) => [l.id, lawLabel(l)]));
  return outcomes.map((entry) => ({
    params: { id: entry.id },
    props: {
      entry,
      tree,
      ladder,
      chapters: guide.filter((c) => c.data.outcomes.includes(entry.id)).map((c) => ({ url: chapterUrl(c.id), title: c.data.title })),
      related: caseLinks(cases.filter((c) => c.data.outcome === entry.id)),
      lawLabels,
    },
  }));
}

export async function outcomePage({ entry, tree, ladder, chapters, related, lawLabels }: OutcomeRoute): Promise<OutcomePage> {
  const d = entry.data;
  const { Content } = await render(entry);
  const laws = await pageLaws('outcomes', entry.id, d.laws, entry.filePath);
  const channels = await getChannels(d.channels, entry.filePath);
  const next = nextRung(ladder, entry.id);
  const template = d.letter === 'none' ? null : await getLetter(d.letter, entry.filePath);
  // A scam is a call first: 110 and 96110 open every fraud outcome, numbers from the registry.
  const calls = d.branch === 'fraud' ? await fraudCalls(entry.filePath) : [];
  return {
    id: entry.id,
    title: d.title,
    summary: d.summary,
    askedAs: d.askedAs,
    branch: d.branch,
    rungName: d.rung,
    reviewed: d.reviewed,
    Content,
    channels: channels.map((ch) => ch.id),
    calls,
    bankLine: d.branch === 'fraud' && d.channels.includes('bank'),
    laws,
    next: next ? { url: outcomeUrl(next.id), title: next.title } : undefined,
    chapters,
    related,
    toolkit: {
      template,
      // The letter cites law and article only; the texts stay on the page (the legal basis list).
      laws: lawsFor(template, laws).map(lawLabel),
      // Deadline labels only where the deadline calculator shows (consumer outcomes).
      lawLabels: d.branch === 'consumer' ? lawLabels : {},
      evidence: d.evidence,
      deadlines: d.branch === 'consumer',
      // Today in China when the site was built, as the islands count it.
      builtOn: todayInChina(),
      court: isTopRung(ladder, entry.id) ? courtHook : null,
    },
    quiz: pageTree(tree, entry.id),
  };
}

async function fraudCalls(where: string | undefined): Promise<Call[]> {
  const [police, antiFraud] = await getChannels(['110', '96110'], where);
  const words = ui.quiz.calls;
  const call = (label: string, phone: string | undefined): Call => {
    // The words name the number; the link dials the registry's. They must agree.
    if (!phone || !label.includes(phone)) throw new Error(`call label "${label}" does not name ${phone}`);
    return { label, href: telHref(phone) };
  };
  return [call(words.police, police?.phone), call(words.antiFraud, antiFraud?.phone)];
}
