import { describe, expect, it } from 'vitest';
import type { Note } from '@/lib/content/site-model';
import { buildLibrary, kindsIn } from '@/lib/links/library';

const note = (slug: string, area: string, links: Note['links']) => ({ slug, area, title: slug.toUpperCase(), links }) as Note;
const link = (url: string, title: string, kind: Note['links'][number]['kind'], extra = {}) => ({ url, title, kind, ...extra });

describe('buildLibrary', () => {
  it('lists each link once under the topic of the first note citing it, naming every citing note', () => {
    const areas = [
      { id: 'data', title: 'Data', description: '', declared: true, notes: [] },
      { id: 'sagas', title: 'Sagas', description: '', declared: true, notes: [] },
      { id: 'empty', title: 'Empty', description: '', declared: true, notes: [] },
    ];
    const notes = [
      note('cqrs', 'data', [link('https://a.example/', 'Zeta', 'article', { note: 'Why' }), link('https://b.example/', 'Alpha', 'video')]),
      note('saga', 'sagas', [link('https://a.example/', 'Zeta again', 'article')]),
    ];
    const topics = buildLibrary({ areas, notes });
    expect(topics.map((t) => [t.id, t.entries.map((e) => e.title)])).toEqual([['data', ['Alpha', 'Zeta']]]);
    expect(topics[0]?.entries[1]).toEqual({
      url: 'https://a.example/',
      title: 'Zeta',
      kind: 'article',
      note: 'Why',
      citedBy: [
        { slug: 'cqrs', title: 'CQRS' },
        { slug: 'saga', title: 'SAGA' },
      ],
    });
    expect(kindsIn(topics)).toEqual(['article', 'video']);
  });

  it('marks an entry as a primary source when any citing note does', () => {
    const areas = [{ id: 'sagas', title: 'Sagas', description: '', declared: true, notes: [] }];
    const paper = 'https://doi.org/10.1145/38713.38742';
    const notes = [
      note('saga', 'sagas', [link(paper, 'Sagas', 'paper')]),
      note('isolation', 'sagas', [link(paper, 'Sagas', 'paper', { primary: true })]),
    ];
    expect(buildLibrary({ areas, notes })[0]?.entries[0]).toMatchObject({
      primary: true,
      citedBy: [{ slug: 'saga' }, { slug: 'isolation' }],
    });
    expect(buildLibrary({ areas, notes: notes.slice(0, 1) })[0]?.entries[0]).not.toHaveProperty('primary');
  });
});
