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
 * more telling, than a shared tag. Ties go to the title, so the order is stable.
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
  return all
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
    .sort((a, b) => b.score - a.score || a.note.title.localeCompare(b.note.title))
    .slice(0, limit);
}
