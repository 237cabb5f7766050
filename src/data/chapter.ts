import { render, type CollectionEntry } from 'astro:content';
import { getGuide } from './guide';
import { caseLinks, getCases, type CaseLink } from './cases';
import { getTree } from './tree';
import { pageLaws } from './registry';
import type { Body, Link } from './types';
import { neighbours } from '../lib/content/order';
import { chapterUrl, outcomeUrl } from '../lib/urls';
import type { Law } from '../schemas/registry';

type ChapterEntry = CollectionEntry<'guide'>;

/** What a guide chapter page renders. */
export interface ChapterPage {
  order: number;
  title: string;
  summary: string;
  askedAs: string[] | undefined;
  conclusion: string;
  reviewed: string;
  Content: Body;
  /** The chapter's sections (h2), for the table of contents; the url is the in-page anchor. */
  toc: Link[];
  /** Quiz outcomes that match this chapter. */
  steps: Link[];
  related: CaseLink[];
  laws: Law[];
  prev: Link | undefined;
  next: Link | undefined;
}

export interface ChapterRoute {
  entry: ChapterEntry;
  prev: Link | undefined;
  next: Link | undefined;
  related: CaseLink[];
  steps: Link[];
}

const link = (c: ChapterEntry | undefined): Link | undefined => c && { url: chapterUrl(c.id), title: c.data.title };

/** One static page per chapter, in reading order: /guide/<id>/. */
export async function chapterPaths(): Promise<{ params: { id: string }; props: ChapterRoute }[]> {
  const [chapters, cases, tree] = await Promise.all([getGuide(), getCases(), getTree()]);
  return chapters.map((entry, index) => {
    const { prev, next } = neighbours(chapters, index);
    return {
      params: { id: entry.id },
      props: {
        entry,
        prev: link(prev),
        next: link(next),
        related: caseLinks(cases.filter((c) => c.data.chapters.includes(entry.id))),
        steps: entry.data.outcomes
          .map((id) => tree.outcomes[id]!)
          .filter(Boolean)
          .map((o) => ({ url: outcomeUrl(o.id), title: o.title })),
      },
    };
  });
}

export async function chapterPage({ entry, prev, next, related, steps }: ChapterRoute): Promise<ChapterPage> {
  const d = entry.data;
  const { Content, headings } = await render(entry);
  return {
    order: d.order,
    title: d.title,
    summary: d.summary,
    askedAs: d.askedAs,
    conclusion: d.conclusion,
    reviewed: d.reviewed,
    Content,
    toc: headings.filter((h) => h.depth === 2).map((h) => ({ url: `#${h.slug}`, title: h.text })),
    steps,
    related,
    laws: await pageLaws('guide', entry.id, [], entry.filePath),
    prev,
    next,
  };
}
