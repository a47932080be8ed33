/**
 * The site's own pages beside the notes, as the header, the sitemap and the build list them.
 * Some exist only for some content: the saga explorer when a note has a `saga:` block, the
 * reading list when a note has curated `links:`, the tag pages when a note has `tags:`, the
 * decision log when the decisions area holds a decision. A wiki
 * without them gets neither the page nor any link to it.
 */
import { DECISIONS_HREF, GRAPH_HREF } from '../content/paths';
import type { Site } from '../content/site-model';

export const SAGAS_HREF = '/sagas/';
export const READING_LIST_HREF = '/links/';
export const TAGS_HREF = '/tags/';

export interface SiteLink {
  href: string;
  label: string;
}

type SiteContent = Pick<Site, 'notes' | 'sagas' | 'tags' | 'decisions'>;

export function hasSagaExplorer(site: SiteContent): boolean {
  return site.sagas.length > 0;
}

export function hasReadingList(site: SiteContent): boolean {
  return site.notes.some((note) => note.links.length > 0);
}

export function hasDecisionLog(site: SiteContent): boolean {
  return site.decisions.length > 0;
}

export function hasTags(site: SiteContent): boolean {
  return site.tags.size > 0;
}

export interface OptionalPage {
  /** The page's path; everything under it belongs to it (the tag index and each tag's page). */
  href: string;
  enabled: boolean;
  /** What makes the site have it, for messages: "some note has a saga: block". */
  needs: string;
}

/** The pages whose existence depends on the content, and whether this site has each. */
export function optionalPages(site: SiteContent): OptionalPage[] {
  return [
    { href: SAGAS_HREF, enabled: hasSagaExplorer(site), needs: 'some note has a "saga:" block' },
    { href: READING_LIST_HREF, enabled: hasReadingList(site), needs: 'some note has curated "links:"' },
    { href: TAGS_HREF, enabled: hasTags(site), needs: 'some note has tags' },
    { href: DECISIONS_HREF, enabled: hasDecisionLog(site), needs: 'the decisions area has a decision' },
  ];
}

/** The header's links, in order, leaving out the pages this site does not have. */
export function siteLinks(site: SiteContent): SiteLink[] {
  return [
    ...(hasSagaExplorer(site) ? [{ href: SAGAS_HREF, label: 'Saga explorer' }] : []),
    { href: GRAPH_HREF, label: 'Graph' },
    ...(hasReadingList(site) ? [{ href: READING_LIST_HREF, label: 'Reading list' }] : []),
    ...(hasDecisionLog(site) ? [{ href: DECISIONS_HREF, label: 'Decisions' }] : []),
    ...(hasTags(site) ? [{ href: TAGS_HREF, label: 'Tags' }] : []),
    { href: '/updates/', label: 'Updates' },
  ];
}
