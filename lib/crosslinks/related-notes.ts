/**
 * "Related notes": other notes ranked by what they share with this one. The weights say how
 * strong each kind of evidence is:
 *
 * | evidence | points |
 * | --- | --- |
 * | this note names the other in frontmatter `related` | 6 |
 * | the other names this note in its `related` | 4 |
 * | each curated link (`links`, same URL) both notes list | 2 |
 * | each tag both notes carry | 1 |
 *
 * A writer's explicit choice outweighs anything inferred; a shared reading is rarer, and so
 * more telling, than a shared tag. Ties go to the title (then the slug), so the order is stable.
 */
export interface RelatableNote {
  slug: string;
  title: string;
  tags: readonly string[];
  related: readonly string[];
  links: readonly { url: string }[];
}

export const RELATED_WEIGHTS = { named: 6, namedBy: 4, sharedLink: 2, sharedTag: 1 } as const;
export const MAX_RELATED = 5;

export interface RankedNote<N> {
  note: N;
  score: number;
}

export function relatedNotes<N extends RelatableNote>(note: N, all: readonly N[], limit = MAX_RELATED): RankedNote<N>[] {
  const tags = new Set(note.tags);
  const urls = new Set(note.links.map((l) => l.url));
  const named = new Set(note.related);
  // Only notes that share something can score: look them up instead of scoring every note,
  // which made each page's cost grow with the wiki.
  const index = indexOf(all);
  const candidates = new Set<N>([...tags].flatMap((tag) => index.byTag.get(tag) ?? []));
  for (const url of urls) for (const other of index.byUrl.get(url) ?? []) candidates.add(other);
  for (const slug of named) for (const other of index.bySlug.get(slug) ?? []) candidates.add(other);
  for (const other of index.naming.get(note.slug) ?? []) candidates.add(other);
  return [...candidates]
    .filter((other) => other.slug !== note.slug)
    .map((other) => ({
      note: other,
      score:
        (named.has(other.slug) ? RELATED_WEIGHTS.named : 0) +
        (other.related.includes(note.slug) ? RELATED_WEIGHTS.namedBy : 0) +
        new Set(other.links.map((l) => l.url).filter((url) => urls.has(url))).size * RELATED_WEIGHTS.sharedLink +
        new Set(other.tags.filter((tag) => tags.has(tag))).size * RELATED_WEIGHTS.sharedTag,
    }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score || a.note.title.localeCompare(b.note.title) || a.note.slug.localeCompare(b.note.slug))
    .slice(0, limit);
}

interface RelatedIndex<N> {
  byTag: Map<string, N[]>;
  byUrl: Map<string, N[]>;
  bySlug: Map<string, N[]>;
  /** Slug → the notes whose `related` names it. */
  naming: Map<string, N[]>;
}

const indexes = new WeakMap<readonly RelatableNote[], RelatedIndex<RelatableNote>>();

function indexOf<N extends RelatableNote>(all: readonly N[]): RelatedIndex<N> {
  let index = indexes.get(all) as RelatedIndex<N> | undefined;
  if (!index) {
    index = { byTag: new Map(), byUrl: new Map(), bySlug: new Map(), naming: new Map() };
    const add = (map: Map<string, N[]>, key: string, note: N) => {
      const list = map.get(key);
      if (list) list.push(note);
      else map.set(key, [note]);
    };
    for (const note of all) {
      for (const tag of new Set(note.tags)) add(index.byTag, tag, note);
      for (const url of new Set(note.links.map((l) => l.url))) add(index.byUrl, url, note);
      add(index.bySlug, note.slug, note);
      for (const slug of new Set(note.related)) add(index.naming, slug, note);
    }
    indexes.set(all, index as RelatedIndex<RelatableNote>);
  }
  return index;
}
