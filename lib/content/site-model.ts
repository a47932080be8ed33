/** The site-model stage, the last: the read model the pages render: published notes in area order, tags, neighbours. */
import type { ResolvedArea } from './areas';
import { compareSettings, sagaCode, type SagaVariant } from '../sagas/variants';
import type { CollectedHeading } from './plugins/atlas/rehype-collect-headings';
import type { CollectedSection } from './plugins/atlas/rehype-collect-sections';
import type { CollectedDiagram } from './plugins/atlas/remark-mermaid';
import type { CompiledEntry, ResolvedLink } from './derive-links';
import type { NoteRole } from './note-place';
import type { Slug } from './paths';
import type { NoteRegistry } from './registry';
import { resolveName, type LinkTable } from './link-table';
import type { ImageTable } from './resolve-images';
import type { CuratedLink, DecisionStatus } from './schema';
import { tagLevels } from './plugins/obsidian/tags';
import { readSegments } from './text-segments';
import { isDecision } from './check-decisions';
import { decisionNumbers, timeline } from '../decisions/log';

/** What a decision record adds to a note (frontmatter checked by `check-decisions.ts`). */
export interface Decision {
  /** 1 for the oldest decision, by date then title: its place in the log, not part of its file name. */
  number: number;
  status: DecisionStatus;
  /** YYYY-MM-DD. */
  date: string;
  deciders: string[];
  supersedes: Slug[];
  supersededBy?: Slug;
  /** Pattern notes the decision applies; each lists it under "Decisions that apply this". */
  applies: Slug[];
}

export interface Note {
  slug: Slug;
  area: string;
  /** A folder's README or index is that folder's note, listed first in its area. */
  role: NoteRole;
  /** Path from the project root, e.g. `content/sagas/epic-saga.mdx`. */
  file: string;
  /** Path from the content folder, e.g. `sagas/epic-saga.mdx`. */
  path: string;
  title: string;
  summary: string;
  /** The summary repeats the body's first paragraph (a file without frontmatter): pages need not show it twice. */
  summaryFromBody: boolean;
  tags: string[];
  /** Obsidian's `cssclasses`, put on the note's article. */
  cssclasses: string[];
  aliases: string[];
  related: Slug[];
  /** Former slugs (`moved-from`); each old address redirects to this note. */
  movedFrom: Slug[];
  links: CuratedLink[];
  code: string;
  headings: CollectedHeading[];
  /** Obsidian block ids, without the `^`: links and embeds name them as `#^id`. */
  blockIds: string[];
  sections: CollectedSection[];
  /** Mermaid diagrams in order; the saga explorer shows a variant's first. */
  diagrams: CollectedDiagram[];
  /** Plain text of the first paragraph, wiki-links as readers see them; link previews show its start. */
  opening: string;
  /** Notes this note links to, each once, in order of first mention (a decision's `applies` after them). */
  outgoing: Slug[];
  /** Notes whose body this note shows (`![[note]]`, `![[note#heading]]`), each once. */
  embeds: Slug[];
  backlinks: ResolvedLink[];
  /** Present on a note in the decisions area. */
  decision?: Decision;
}

export interface AreaWithNotes extends ResolvedArea {
  notes: Note[];
}

export interface Site {
  /** Areas with notes, in configured order, each with its notes sorted by title; an empty area is not shown. */
  areas: AreaWithNotes[];
  notes: Note[];
  /** The content folder's own README or index, shown on the home page. */
  home?: Note;
  bySlug: ReadonlyMap<Slug, Note>;
  /** A file's path in the content folder → its note; relative links between files resolve by it. */
  byPath: ReadonlyMap<string, Note>;
  /** Notes with a `saga:` block, in the book's order: the saga explorer exists only when there is one. */
  sagas: SagaVariant[];
  /** Tag → notes, tags sorted alphabetically; each level of a nested tag is a tag, holding the notes of the levels below. */
  tags: ReadonlyMap<string, Note[]>;
  /** Former slug → the published note it was renamed to: the redirects the export carries. */
  redirects: ReadonlyMap<Slug, Note>;
  /**
   * A wiki-link target (file name, path, slug, alias, title or former slug, any case), as written in
   * the note at `fromPath`, → the published note; nothing for a draft or an unknown name.
   */
  resolve(target: string, fromPath?: string): Note | undefined;
  /** The table `resolve` reads (link-table.ts), kept so a site read back from its snapshot resolves alike. */
  linkTable: LinkTable;
  /** The local images of published notes: `images.get(slug)?.get(src)`. The build copies each to its `href`. */
  images: ImageTable;
  /** Published decisions, newest first; empty when the wiki has none (then no decision log is built). */
  decisions: Note[];
  /** Diagrams Mermaid cannot draw (source → its message), kept by a lenient build to show as code. */
  diagramErrors: ReadonlyMap<string, string>;
  /**
   * Each drawn diagram's SVG, cleaned (lib/diagrams/clean-svg.ts), by its source: read from the
   * cache folder where the content is checked, so the pages neither read files nor carry a parser.
   */
  diagramSvgs: ReadonlyMap<string, string>;
}

export interface SiteInput {
  /** Every compiled note but the home introduction; drafts and notes that did not compile are left out here. */
  entries: readonly CompiledEntry[];
  /** Reads wiki-link targets as titles and resolves names: the one lookup of slugs, aliases and former slugs. */
  registry: NoteRegistry;
  links: readonly ResolvedLink[];
  backlinks: ReadonlyMap<Slug, ResolvedLink[]>;
  areas: readonly ResolvedArea[];
  images: ImageTable;
  homeEntry?: CompiledEntry;
  /** The area whose notes are decision records (site.config `decisions`). */
  decisionsArea?: string;
  diagramErrors?: ReadonlyMap<string, string>;
  diagramSvgs?: ReadonlyMap<string, string>;
}

export function assembleSite({
  entries,
  registry,
  links,
  backlinks,
  areas,
  images,
  homeEntry,
  decisionsArea = 'decisions',
  diagramErrors = new Map(),
  diagramSvgs = new Map(),
}: SiteInput): Site {
  const published = entries.filter((e) => e.compiled && !e.note.frontmatter.draft);
  const numbers = decisionNumbers(
    published.flatMap(({ note }) =>
      isDecision(note, decisionsArea) ? [{ slug: note.slug, title: note.frontmatter.title, date: note.frontmatter.date ?? '' }] : [],
    ),
  );
  // Each note's outgoing links, in order of first mention, from one pass over all links.
  const outgoing = new Map<Slug, Set<Slug>>();
  const embeds = new Map<Slug, Set<Slug>>();
  for (const link of links) {
    outgoing.set(link.from, (outgoing.get(link.from) ?? new Set()).add(link.to));
    if (link.embed) embeds.set(link.from, (embeds.get(link.from) ?? new Set()).add(link.to));
  }
  const toNote = ({ note, compiled }: CompiledEntry): Note => ({
    slug: note.slug,
    area: note.area,
    role: note.role,
    file: note.file,
    path: note.relativePath,
    title: note.frontmatter.title,
    summary: note.frontmatter.summary,
    summaryFromBody: note.summaryFromBody,
    // Obsidian's tags of a note: its frontmatter's and the `#tags` in its text.
    tags: [...new Set([...note.frontmatter.tags, ...(compiled?.tags ?? [])])],
    cssclasses: note.frontmatter.cssclasses,
    aliases: note.frontmatter.aliases,
    related: note.frontmatter.related as Slug[],
    movedFrom: note.frontmatter['moved-from'] as Slug[],
    links: note.frontmatter.links,
    code: compiled?.code ?? '',
    headings: compiled?.headings ?? [],
    blockIds: compiled?.blockIds ?? [],
    sections: compiled?.sections ?? [],
    diagrams: compiled?.diagrams ?? [],
    opening: readSegments(compiled?.opening ?? [], registry.titleOf).text,
    // A decision's `applies` is a link too: the graph draws it.
    outgoing: [...new Set([...(outgoing.get(note.slug) ?? []), ...((note.frontmatter.applies ?? []) as Slug[])])],
    embeds: [...(embeds.get(note.slug) ?? [])],
    backlinks: backlinks.get(note.slug) ?? [],
    ...decisionOf(note, numbers.get(note.slug)),
  });
  const notes = published.map(toNote);

  // An area's introduction (its folder's README) comes first, then notes by title.
  const intros = new Set(areas.flatMap((a) => (a.intro ? [a.intro] : [])));
  const byTitle = (a: Note, b: Note) => Number(intros.has(b.slug)) - Number(intros.has(a.slug)) || a.title.localeCompare(b.title);
  const withNotes = areas
    .map((area) => ({ ...area, notes: notes.filter((n) => n.area === area.id).sort(byTitle) }))
    .filter((area) => area.notes.length > 0);
  const ordered = withNotes.flatMap((a) => a.notes);

  // A nested tag's every level has a page: `plugin` lists the notes tagged `plugin` or `plugin/…`.
  const tags = new Map<string, Set<Note>>();
  for (const note of ordered)
    for (const tag of note.tags) for (const level of tagLevels(tag)) tags.set(level, (tags.get(level) ?? new Set()).add(note));
  const sortedTags = new Map([...tags.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([tag, notes]) => [tag, [...notes]]));

  const bySlug = new Map(ordered.map((n) => [n.slug, n]));
  const redirects = new Map(ordered.flatMap((note) => note.movedFrom.map((former) => [former, note] as const)));
  const home = homeEntry?.compiled ? toNote(homeEntry) : undefined;
  // A draft's images are checked with it but not published.
  const publishedImages = new Map([...images].filter(([slug]) => bySlug.has(slug) || slug === home?.slug));
  const decisions = timeline(
    ordered.flatMap((note) => (note.decision ? [{ note, slug: note.slug, title: note.title, date: note.decision.date }] : [])),
  ).map((d) => d.note);
  return {
    areas: withNotes,
    notes: ordered,
    ...(home ? { home } : {}),
    bySlug,
    byPath: new Map(ordered.map((n) => [n.path, n])),
    sagas: sagaVariants(published),
    tags: sortedTags,
    redirects,
    resolve: resolver(registry.table, bySlug),
    linkTable: registry.table,
    images: publishedImages,
    decisions,
    diagramErrors,
    diagramSvgs,
  };
}

/** `Site.resolve` from its table: drafts, unknown and ambiguous names resolve to nothing. */
export function resolver(table: LinkTable, bySlug: ReadonlyMap<Slug, Note>): Site['resolve'] {
  return (target, fromPath) => {
    // An ambiguous name (reported at build; the page exists only in warn mode) leads to the note nearest the top, as in Obsidian.
    const { slug, ambiguous } = resolveName(table, target, fromPath);
    const found = slug ?? ambiguous?.[0];
    return found ? bySlug.get(found) : undefined;
  };
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

/** The decision fields of a numbered (published, in the decisions area) note; the check stage has made sure status and date are set. */
function decisionOf(note: CompiledEntry['note'], number: number | undefined): { decision?: Decision } {
  const { status, date, deciders, supersedes, applies } = note.frontmatter;
  const supersededBy = note.frontmatter['superseded-by'];
  if (number === undefined || !status || !date) return {};
  const decision: Decision = {
    number,
    status,
    date,
    deciders: deciders ?? [],
    supersedes: (supersedes ?? []) as Slug[],
    applies: (applies ?? []) as Slug[],
  };
  return { decision: supersededBy ? { ...decision, supersededBy: supersededBy as Slug } : decision };
}

/** The notes before and after a note within its area, for previous/next navigation. */
export function neighbours(site: Site, note: Note): { previous?: Note; next?: Note } {
  const list = site.areas.find((a) => a.id === note.area)?.notes ?? [];
  const index = list.findIndex((n) => n.slug === note.slug);
  const previous = list[index - 1];
  const next = list[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
