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
  // Only notes that share something can score: their points are added up from an index of
  // what each note carries, instead of comparing every note with this one, which made each
  // page's cost grow with the wiki.
  const index = indexOf(all);
  const scores = new Map<N, number>();
  const add = (others: readonly N[] | undefined, points: number) => {
    for (const other of others ?? []) if (other.slug !== note.slug) scores.set(other, (scores.get(other) ?? 0) + points);
  };
  for (const slug of new Set(note.related)) add(index.bySlug.get(slug), RELATED_WEIGHTS.named);
  add(index.naming.get(note.slug), RELATED_WEIGHTS.namedBy);
  for (const url of new Set(note.links.map((l) => l.url))) add(index.byUrl.get(url), RELATED_WEIGHTS.sharedLink);
  for (const tag of new Set(note.tags)) add(index.byTag.get(tag), RELATED_WEIGHTS.sharedTag);
  return best(scores, limit);
}

const byRank = <N extends RelatableNote>(a: RankedNote<N>, b: RankedNote<N>) =>
  b.score - a.score || a.note.title.localeCompare(b.note.title) || a.note.slug.localeCompare(b.note.slug);

/** The `limit` best, in rank order, without sorting every candidate (a tag can be on most of a wiki's notes). */
function best<N extends RelatableNote>(scores: ReadonlyMap<N, number>, limit: number): RankedNote<N>[] {
  const top: RankedNote<N>[] = [];
  for (const [note, score] of scores) {
    const last = top.at(-1);
    if (top.length >= limit && last && (score < last.score || byRank({ note, score }, last) >= 0)) continue;
    const ranked = { note, score };
    const at = top.findIndex((other) => byRank(ranked, other) < 0);
    top.splice(at === -1 ? top.length : at, 0, ranked);
    if (top.length > limit) top.pop();
  }
  return top;
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
