/** The curated library: every external link on the site once, with the notes that cite it, grouped by topic. */
import type { LinkKind } from '../content/schema';
import type { Note, Site } from '../content/site-model';

export interface LibraryEntry {
  url: string;
  title: string;
  kind: LinkKind;
  note?: string;
  /** Some citing note marks it as the primary source of its topic. */
  primary?: true;
  /** Notes that list this link, in site order. */
  citedBy: Pick<Note, 'slug' | 'title'>[];
}

export interface LibraryTopic {
  id: string;
  title: string;
  entries: LibraryEntry[];
}

/** A link belongs to the topic (area) of the first note that cites it; entries sort by title. */
export function buildLibrary(site: Pick<Site, 'areas' | 'notes'>): LibraryTopic[] {
  const byUrl = new Map<string, { entry: LibraryEntry; area: string }>();
  for (const note of site.notes) {
    for (const link of note.links) {
      const existing = byUrl.get(link.url);
      if (existing) {
        existing.entry.citedBy.push({ slug: note.slug, title: note.title });
        existing.entry.note ??= link.note;
        if (link.primary) existing.entry.primary = true;
        continue;
      }
      byUrl.set(link.url, {
        area: note.area,
        entry: {
          url: link.url,
          title: link.title,
          kind: link.kind,
          ...(link.note ? { note: link.note } : {}),
          ...(link.primary ? { primary: true } : {}),
          citedBy: [{ slug: note.slug, title: note.title }],
        },
      });
    }
  }
  const values = [...byUrl.values()];
  return site.areas
    .map((area) => ({
      id: area.id,
      title: area.title,
      entries: values
        .filter((v) => v.area === area.id)
        .map((v) => v.entry)
        .sort((a, b) => a.title.localeCompare(b.title)),
    }))
    .filter((topic) => topic.entries.length > 0);
}

export function kindsIn(topics: readonly LibraryTopic[]): LinkKind[] {
  return [...new Set(topics.flatMap((t) => t.entries.map((e) => e.kind)))].sort();
}
