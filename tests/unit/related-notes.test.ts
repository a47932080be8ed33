import { describe, expect, it } from 'vitest';
import { MAX_RELATED, relatedNotes, type RelatableNote } from '@/lib/crosslinks/related-notes';

const note = (slug: string, extra: Partial<RelatableNote> = {}): RelatableNote => ({ slug, title: slug.toUpperCase(), tags: [], related: [], links: [], ...extra });

describe('relatedNotes', () => {
  it('ranks a named note over shared links, and shared links over shared tags', () => {
    const me = note('me', { tags: ['a', 'b'], related: ['named'], links: [{ url: 'https://x.test/book' }] });
    const all = [me, note('tagged', { tags: ['a', 'b'] }), note('named'), note('reading', { links: [{ url: 'https://x.test/book' }] }), note('stranger', { tags: ['z'] })];
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
});
