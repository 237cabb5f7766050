import { getCollection, render, type CollectionEntry } from 'astro:content';
import { caseLinks, getCases, type CaseLink } from './cases';
import { getChannel, getLaw, pageLaws } from './registry';
import { getTree } from './tree';
import type { Body, Link } from './types';
import { lawLabel } from '../lib/content/labels';
import { situationsByOutcome } from '../lib/tree/situations';
import type { TreeSituation } from '../lib/tree/types';
import { quizStartUrl, situationUrl } from '../lib/urls';
import type { Law } from '../schemas/registry';
import type { SituationData } from '../schemas/situation';

type SituationEntry = CollectionEntry<'situations'>;

/** Situations by `order`, then title. */
async function getSituations(): Promise<SituationEntry[]> {
  return (await getCollection('situations')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** Each situation's card for /check/tree.json, by id: the islands render 你的情况 from it. */
export async function situationCards(): Promise<Record<string, TreeSituation>> {
  const entries = await getSituations();
  const cards = await Promise.all(
    entries.map(async (e): Promise<[string, TreeSituation]> => {
      const d = e.data;
      const card: TreeSituation = {
        title: d.title,
        url: situationUrl(e.id),
        right: d.card.right,
        law: lawLabel(await getLaw(d.card.law, e.filePath)),
        channel: d.card.channel,
        trap: d.card.trap,
        branch: d.branch,
      };
      if (d.bought === 'service') card.service = true;
      if (d.letter && (d.letter.fields.length > 0 || d.letter.fact || d.letter.demand)) card.letter = d.letter;
      return [e.id, card];
    }),
  );
  return Object.fromEntries(cards);
}

/** The situations list page: situations grouped by `group`, groups in the order of their first situation. */
export interface SituationGroup {
  group: string;
  situations: (Link & { summary: string })[];
}

export async function situationGroups(): Promise<SituationGroup[]> {
  const groups = new Map<string, SituationGroup>();
  for (const e of await getSituations()) {
    const g = groups.get(e.data.group) ?? { group: e.data.group, situations: [] };
    g.situations.push({ url: situationUrl(e.id), title: e.data.title, summary: e.data.summary });
    groups.set(e.data.group, g);
  }
  return [...groups.values()];
}

/** The situations an outcome can be reached from, as links (the outcome page's 你的情况 without JavaScript). */
let reaching: Promise<Map<string, Link[]>> | undefined;
export function situationsReaching(): Promise<Map<string, Link[]>> {
  // Once per build: every outcome page asks.
  reaching ??= computeReaching();
  return reaching;
}

async function computeReaching(): Promise<Map<string, Link[]>> {
  const [tree, entries] = await Promise.all([getTree(), getSituations()]);
  const titles = new Map(entries.map((e) => [e.id, e.data.title]));
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const result = new Map<string, Link[]>();
  for (const [outcome, ids] of situationsByOutcome(tree)) {
    const sorted = [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    result.set(
      outcome,
      sorted.map((id) => ({ url: situationUrl(id), title: titles.get(id) ?? id })),
    );
  }
  return result;
}

/** What a situation page renders. */
export interface SituationPage {
  id: string;
  data: SituationData;
  Content: Body;
  cardLaw: Law;
  /** Law labels of the rights and deadlines, by id (cited like <Law>, linked to the list below). */
  laws: Law[];
  channels: { id: string; handles: string }[];
  cases: CaseLink[];
  quiz: string;
}

export async function situationPaths(): Promise<{ params: { id: string }; props: { entry: SituationEntry } }[]> {
  return (await getSituations()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function situationPage(entry: SituationEntry): Promise<SituationPage> {
  const d = entry.data;
  const { Content } = await render(entry);
  const laws = await pageLaws(
    'situations',
    entry.id,
    [d.card.law, ...d.rights.map((r) => r.law), ...d.deadlines.flatMap((x) => (x.law ? [x.law] : []))],
    entry.filePath,
  );
  for (const c of d.channels) await getChannel(c.id, entry.filePath);
  const all = await getCases();
  const cases = caseLinks(d.cases.map((slug) => all.find((c) => c.id === slug)).filter((c): c is NonNullable<typeof c> => c !== undefined));
  return { id: entry.id, data: d, Content, cardLaw: laws.find((l) => l.id === d.card.law)!, laws, channels: d.channels, cases, quiz: quizStartUrl() };
}
