/** `/feed.xml`: an Atom feed of the most recently changed notes, written once at build. */
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/site/current';
import { noteHref } from '@/lib/content/paths';
import { atomFeed } from '@/lib/feeds/atom';
import { recentChanges } from '@/lib/history';
import { absoluteUrl } from '@/lib/site/absolute-url';

// A static export writes route handlers to files only when they are static.
export const dynamic = 'force-static';

const FEED_SIZE = 20;

export async function GET(): Promise<Response> {
  const config = getConfig();
  const site = await getSite();
  const xml = atomFeed({
    title: config.name,
    subtitle: config.description,
    siteUrl: absoluteUrl('/', config),
    feedUrl: absoluteUrl('/feed.xml', config),
    entries: recentChanges(site, FEED_SIZE).map(({ note, updated }) => ({
      title: note.title,
      summary: note.summary,
      url: absoluteUrl(noteHref(note.slug), config),
      updated,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
