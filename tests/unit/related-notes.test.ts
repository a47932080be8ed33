import { describe, expect, it } from 'vitest';
import { MAX_RELATED, RELATED_WEIGHTS, relatedNotes, type RelatableNote } from '@/lib/crosslinks/related-notes';
import { createRandom } from '@/lib/random';

const note = (slug: string, extra: Partial<RelatableNote> = {}): RelatableNote => ({
  slug,
  title: slug.toUpperCase(),
  tags: [],
  related: [],
  links: [],
  ...extra,
});

describe('relatedNotes', () => {
  it('ranks a named note over shared links, and shared links over shared tags', () => {
    const me = note('me', { tags: ['a', 'b'], related: ['named'], links: [{ url: 'https://x.test/book' }] });
    const all = [
      me,
      note('tagged', { tags: ['a', 'b'] }),
      note('named'),
      note('reading', { links: [{ url: 'https://x.test/book' }] }),
      note('stranger', { tags: ['z'] }),
    ];
    expect(relatedNotes(me, all).map((r) => [r.note.slug, r.score])).toEqual([
      ['named', 6],
      ['reading', 2],
      ['tagged', 2],
    ]);
  });

  it('counts being named by the other note, and never lists the note itself or unrelated notes', () => {
    const me = note('me', { tags: ['a'] });
    const all = [me, note('fan', { related: ['me'] }), note('other', { tags: ['q'] })];
    expect(relatedNotes(me, all)).toEqual([{ note: all[1], score: 4 }]);
  });

  it('keeps at most five, ties broken by title', () => {
    const me = note('me', { tags: ['t'] });
    const all = [me, ...['f', 'e', 'd', 'c', 'b', 'a'].map((s) => note(s, { tags: ['t'] }))];
    const ranked = relatedNotes(me, all);
    expect(ranked).toHaveLength(MAX_RELATED);
    expect(ranked.map((r) => r.note.slug)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('scores only the notes that share something, with the same result as scoring every note', () => {
    const random = createRandom(7);
    const pick = <T>(items: readonly T[], count: number) =>
      Array.from({ length: count }, () => items[Math.floor(random() * items.length)]!);
    const slugs = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const all = slugs.map((slug) =>
      note(slug, {
        tags: pick(['a', 'b', 'c', 'd', 'e', 'f'], 2),
        related: pick(slugs, 1),
        links: pick(['u1', 'u2', 'u3', 'u4'], 1).map((url) => ({ url })),
      }),
    );
    // The plain definition: every other note, scored by the table in the module's comment.
    const everyNote = (me: RelatableNote) =>
      all
        .filter((o) => o.slug !== me.slug)
        .map((o) => ({
          slug: o.slug,
          score:
            (me.related.includes(o.slug) ? RELATED_WEIGHTS.named : 0) +
            (o.related.includes(me.slug) ? RELATED_WEIGHTS.namedBy : 0) +
            new Set(o.links.filter((l) => me.links.some((m) => m.url === l.url)).map((l) => l.url)).size * RELATED_WEIGHTS.sharedLink +
            new Set(o.tags.filter((t) => me.tags.includes(t))).size * RELATED_WEIGHTS.sharedTag,
        }))
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score || a.slug.toUpperCase().localeCompare(b.slug.toUpperCase()) || a.slug.localeCompare(b.slug))
        .slice(0, MAX_RELATED);
    for (const me of all) expect(relatedNotes(me, all).map((r) => ({ slug: r.note.slug, score: r.score }))).toEqual(everyNote(me));
  });
});
