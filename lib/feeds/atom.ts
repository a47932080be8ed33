/** The Atom document for `/feed.xml` (RFC 4287), built from plain data so it can be tested alone. */
export interface FeedEntry {
  title: string;
  /** Absolute URL of the page; also the entry's id. */
  url: string;
  summary: string;
  updated: Date;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  entries: readonly FeedEntry[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/**
 * What XML 1.0 cannot hold at all, escaped or not: control characters other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. One of them in a note would make the whole feed
 * unreadable to a strict reader, so they are dropped.
 */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export function atomFeed(feed: Feed): string {
  const newest = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), new Date(0));
  const entries = feed.entries.map(
    (e) => `  <entry>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <id>${escapeXml(e.url)}</id>
    <updated>${e.updated.toISOString()}</updated>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>
  <id>${escapeXml(feed.siteUrl)}</id>
  <updated>${newest.toISOString()}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
