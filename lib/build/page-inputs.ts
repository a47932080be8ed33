/**
 * What each page of the export is made from, as a digest, so that a build after a small edit
 * renders only the pages whose digest changed and keeps the others from the last export.
 *
 * A digest covers what the page shows, not merely the note it is about: the note itself (its
 * compiled body, headings, tags, links, backlinks with their sentences); the notes it links to or
 * embeds (their titles, anchors, and for embeds their bodies, transitively); its images and
 * diagrams; the related notes, neighbours, sidebar, decision links and area list it shows, as the
 * page computes them; its date; and the parts every page shares (the settings, the header's links
 * and search examples). A change to any of these renders the page again. The export is compared
 * with a cold build of the same content, file by file, in tests/unit/incremental-build.test.ts.
 */
import { createHash } from 'node:crypto';
import type { SiteConfig } from '../config/schema';
import type { Slug } from '../content/paths';
import { neighbours, type Note, type Site } from '../content/site-model';
import { relatedNotes } from '../crosslinks/related-notes';
import { decisionsApplying } from '../decisions/applying';
import { searchExamples } from '../search/examples';
import { sidebarNotes } from '../site/sidebar-window';
import { siteLinks } from '../site/site-links';

export interface PageDigests {
  /** What every page shares: a change renders them all. */
  shared: string;
  /** Note slug → the digest of its page. */
  notes: Record<string, string>;
  /** Tag → the digest of its page. */
  tags: Record<string, string>;
}

/** The pages to render again: notes by slug, tags by key. */
export interface PagesToRender {
  notes: Slug[];
  tags: string[];
}

const digest = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value, (_, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v)))
    .digest('hex')
    .slice(0, 20);

/** A note as another page shows it: a link's label and target, or a list entry. */
const asLink = (note: Note) => ({
  slug: note.slug,
  title: note.title,
  summary: note.summary,
  headings: note.headings.map((h) => [h.id, h.text]),
  blockIds: note.blockIds,
});

export function pageDigests(site: Site, updated: ReadonlyMap<string, Date>, config: SiteConfig): PageDigests {
  const shared = digest({ config, links: siteLinks(site), examples: searchExamples(site), sagas: site.sagas, home: site.home?.slug });
  const total = site.areas.reduce((sum, area) => sum + area.notes.length, 0);
  const notes: Record<string, string> = {};
  for (const note of site.notes) notes[note.slug] = digest(notePageInputs(site, note, updated, total));
  // A tag's page lists its notes, the tags one level below it, and the sidebar of a page about no note.
  const sidebar = site.areas.map((a) => [a.id, a.title, a.intro, sidebarNotes(a.notes, total).map((n) => [n.slug, n.title])]);
  const tags: Record<string, string> = {};
  for (const [tag, tagged] of site.tags) {
    const below = [...site.tags].filter(([other]) => other.startsWith(`${tag}/`)).map(([other, list]) => [other, list.length]);
    tags[tag] = digest({ notes: tagged.map(asLink), below, sidebar });
  }
  return { shared, notes, tags };
}

function notePageInputs(site: Site, note: Note, updated: ReadonlyMap<string, Date>, total: number) {
  const linked = (slug: Slug) => site.bySlug.get(slug);
  // An embedded note renders its body here, and the notes it embeds theirs: the whole chain.
  const embedded = new Map<Slug, Note>();
  const embed = (from: Note) => {
    for (const slug of from.embeds) {
      const other = linked(slug);
      if (!other || embedded.has(slug)) continue;
      embedded.set(slug, other);
      embed(other);
    }
  };
  embed(note);
  const outgoing = new Set([...note.outgoing, ...[...embedded.values()].flatMap((n) => n.outgoing)]);
  const { previous, next } = neighbours(site, note);
  const area = site.areas.find((a) => a.id === note.area);
  const sources = [note, ...embedded.values()];
  return {
    note,
    backlinkers: note.backlinks.map((b) => linked(b.from)?.title),
    outgoing: [...outgoing].map((slug) => (linked(slug) ? asLink(linked(slug)!) : slug)),
    embedded: [...embedded.values()].map((n) => ({ code: n.code, images: site.images.get(n.slug) })),
    images: site.images.get(note.slug),
    diagrams: sources.flatMap((n) => n.diagrams.map((d) => [site.diagramSvgs.get(d.source), site.diagramErrors.get(d.source)])),
    related: relatedNotes(note, site.notes).map(({ note: other }) => asLink(other)),
    decisions: decisionsApplying(site.decisions, note.slug).map(({ note: other, decision }) => [asLink(other), decision]),
    neighbours: [previous && asLink(previous), next && asLink(next)],
    area: area && { id: area.id, title: area.title, intro: area.intro, notes: area.intro === note.slug ? area.notes.map(asLink) : [] },
    sidebar: site.areas.map((a) => ({
      id: a.id,
      title: a.title,
      intro: a.intro,
      count: a.notes.length,
      shown: sidebarNotes(a.notes, total, note.slug).map((n) => [n.slug, n.title]),
    })),
    updated: updated.get(note.path)?.toISOString(),
    redirects: note.movedFrom,
  };
}

/** The pages that must be rendered again: all of them unless the shared digest matches, else those whose digest changed. */
export function pagesToRender(current: PageDigests, previous: PageDigests | undefined): PagesToRender {
  const changed = (now: Record<string, string>, before: Record<string, string> | undefined) =>
    Object.keys(now).filter((key) => !previous || previous.shared !== current.shared || before?.[key] !== now[key]);
  return { notes: changed(current.notes, previous?.notes) as Slug[], tags: changed(current.tags, previous?.tags) };
}
