import type { MetadataRoute } from 'next';
import { getConfig } from '@/lib/config';
import { getSite } from '@/lib/site/current';
import { noteHref, tagHref } from '@/lib/content/paths';
import { noteUpdated } from '@/lib/history';
import { absoluteUrl } from '@/lib/site/absolute-url';
import { siteLinks } from '@/lib/site/site-links';

// Written to `sitemap.xml` at build; a static export needs metadata routes to be static.
export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const config = getConfig();
  const site = await getSite();
  const at = (p: string) => absoluteUrl(p, config);
  return [
    { url: at('/') },
    // The header's pages, so the saga explorer and the reading list are listed only when they exist.
    ...siteLinks(site).map((link) => ({ url: at(link.href) })),
    ...site.notes.map((note) => ({ url: at(noteHref(note.slug)), lastModified: noteUpdated(site, note) })),
    ...[...site.tags.keys()].map((tag) => ({ url: at(tagHref(tag)) })),
  ];
}
