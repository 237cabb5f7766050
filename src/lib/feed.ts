/** A minimal Atom 1.0 feed. Pure: the page passes absolute URLs and ISO dates. */
interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  updated: string;
}

export interface Feed {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  updated: string;
  entries: FeedEntry[];
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
const dateTime = (date: string) => (date.length === 10 ? `${date}T00:00:00+08:00` : date);

export function atomFeed(feed: Feed): string {
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" href="${escapeXml(e.url)}"/>
    <updated>${dateTime(e.updated)}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" href="${escapeXml(feed.siteUrl)}"/>
  <updated>${dateTime(feed.updated)}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries}
</feed>
`;
}
