/**
 * The site's own pages beside the notes, as the header, the sitemap and the build list them.
 * Some exist only for some content: the saga explorer when a note has a `saga:` block, the
 * reading list when a note has curated `links:`, the tag pages when a note has `tags:`. A wiki
 * without them gets neither the page nor any link to it.
 */
import { GRAPH_HREF } from '../content/paths';
import type { Site } from '../content/site-model';

export const SAGAS_HREF = '/sagas/';
export const READING_LIST_HREF = '/links/';
export const TAGS_HREF = '/tags/';

export interface SiteLink {
  href: string;
  label: string;
}

type SiteContent = Pick<Site, 'notes' | 'sagas' | 'tags'>;

export function hasSagaExplorer(site: SiteContent): boolean {
  return site.sagas.length > 0;
}

export function hasReadingList(site: SiteContent): boolean {
  return site.notes.some((note) => note.links.length > 0);
}

export function hasTags(site: SiteContent): boolean {
  return site.tags.size > 0;
}

/** The pages whose existence depends on the content, and whether this site has each. */
export function optionalPages(site: SiteContent): { href: string; enabled: boolean }[] {
  return [
    { href: SAGAS_HREF, enabled: hasSagaExplorer(site) },
    { href: READING_LIST_HREF, enabled: hasReadingList(site) },
    // The folder holds the tag index and every tag's page.
    { href: TAGS_HREF, enabled: hasTags(site) },
  ];
}

/** The header's links, in order, leaving out the pages this site does not have. */
export function siteLinks(site: SiteContent): SiteLink[] {
  return [
    ...(hasSagaExplorer(site) ? [{ href: SAGAS_HREF, label: 'Saga explorer' }] : []),
    { href: GRAPH_HREF, label: 'Graph' },
    ...(hasReadingList(site) ? [{ href: READING_LIST_HREF, label: 'Reading list' }] : []),
    ...(hasTags(site) ? [{ href: TAGS_HREF, label: 'Tags' }] : []),
    { href: '/updates/', label: 'Updates' },
  ];
}
