/** Stage 5: the read model the pages render: published notes in area order, tags, neighbours. */
import type { Area } from '../config/schema';
import { compareSettings, sagaCode, type SagaVariant } from '../sagas/variants';
import type { CollectedHeading } from './plugins/rehype-collect-headings';
import type { CollectedSection } from './plugins/rehype-collect-sections';
import type { CollectedDiagram } from './plugins/remark-mermaid';
import { readableMarks, type CompiledEntry, type ResolvedLink } from './derive-links';
import type { Slug } from './paths';
import type { CuratedLink } from './schema';

export interface Note {
  slug: Slug;
  area: string;
  /** Path from the project root, e.g. `content/sagas/epic-saga.mdx`. */
  file: string;
  title: string;
  summary: string;
  tags: string[];
  aliases: string[];
  related: Slug[];
  links: CuratedLink[];
  code: string;
  headings: CollectedHeading[];
  sections: CollectedSection[];
  /** Mermaid diagrams in order; the saga explorer shows a variant's first. */
  diagrams: CollectedDiagram[];
  /** Plain text of the first paragraph, wiki-links as readers see them; link previews show its start. */
  opening: string;
  /** Notes this note links to, each once, in order of first mention. */
  outgoing: Slug[];
  backlinks: ResolvedLink[];
}

export interface AreaWithNotes extends Area {
  notes: Note[];
}

export interface Site {
  /** Areas with notes, in configured order, each with its notes sorted by title; an empty area is not shown. */
  areas: AreaWithNotes[];
  notes: Note[];
  bySlug: ReadonlyMap<Slug, Note>;
  /** Notes with a `saga:` block, in the book's order: the saga explorer exists only when there is one. */
  sagas: SagaVariant[];
  /** Tag → notes, tags sorted alphabetically. */
  tags: ReadonlyMap<string, Note[]>;
  /** A wiki-link target (slug or alias, any case) → the published note. */
  resolve(target: string): Note | undefined;
}

export function assembleSite(entries: readonly CompiledEntry[], links: readonly ResolvedLink[], backlinks: ReadonlyMap<Slug, ResolvedLink[]>, areas: readonly Area[]): Site {
  const published = entries.filter((e) => e.compiled && !e.note.frontmatter.draft);
  const notes: Note[] = published.map(({ note, compiled }) => ({
    slug: note.slug,
    area: note.area,
    file: note.file,
    title: note.frontmatter.title,
    summary: note.frontmatter.summary,
    tags: note.frontmatter.tags,
    aliases: note.frontmatter.aliases,
    related: note.frontmatter.related as Slug[],
    links: note.frontmatter.links,
    code: compiled?.code ?? '',
    headings: compiled?.headings ?? [],
    sections: compiled?.sections ?? [],
    diagrams: compiled?.diagrams ?? [],
    opening: compiled?.opening ?? '',
    outgoing: [...new Set(links.filter((l) => l.from === note.slug).map((l) => l.to))],
    backlinks: backlinks.get(note.slug) ?? [],
  }));

  const byTitle = (a: Note, b: Note) => a.title.localeCompare(b.title);
  const withNotes = areas.map((area) => ({ ...area, notes: notes.filter((n) => n.area === area.id).sort(byTitle) })).filter((area) => area.notes.length > 0);
  const ordered = withNotes.flatMap((a) => a.notes);

  const tags = new Map<string, Note[]>();
  for (const note of ordered) for (const tag of note.tags) tags.set(tag, [...(tags.get(tag) ?? []), note]);
  const sortedTags = new Map([...tags.entries()].sort(([a], [b]) => a.localeCompare(b)));

  const bySlug = new Map(ordered.map((n) => [n.slug, n]));
  const byName = new Map<string, Note>();
  for (const note of ordered) for (const name of [note.slug, ...note.aliases]) byName.set(name.toLowerCase(), note);
  for (const note of ordered) note.opening = readableMarks(note.opening, (target) => (byName.get(target.toLowerCase())?.slug === target ? byName.get(target)?.title : undefined));
  return { areas: withNotes, notes: ordered, bySlug, sagas: sagaVariants(published), tags: sortedTags, resolve: (target) => byName.get(target.trim().toLowerCase()) };
}

/** Each published note's `saga:` block as a variant named by the note's title. */
function sagaVariants(published: readonly CompiledEntry[]): SagaVariant[] {
  return published
    .flatMap(({ note }) => {
      const saga = note.frontmatter.saga;
      return saga ? [{ slug: note.slug, name: note.frontmatter.title, code: sagaCode(saga), ...saga }] : [];
    })
    .sort(compareSettings);
}

/** The notes before and after a note within its area, for previous/next navigation. */
export function neighbours(site: Site, note: Note): { previous?: Note; next?: Note } {
  const list = site.areas.find((a) => a.id === note.area)?.notes ?? [];
  const index = list.findIndex((n) => n.slug === note.slug);
  const previous = list[index - 1];
  const next = list[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
