import * as flexsearch from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { openIndex } from '@/lib/search/engine';
import { buildPayload, serializePayload, type SearchPayload } from '@/lib/search/payload';
import type { SearchableNote } from '@/lib/search/records';

function fixture(slug: string, fields: Partial<SearchableNote>): SearchableNote {
  return { slug, title: slug, area: 'patterns', summary: '', aliases: [], tags: [], links: [], sections: [], ...fields };
}

/** Each note holds the word "ledger" in a different field, so ranking shows field weights. */
const NOTES = [
  fixture('in-body', { sections: [{ id: 'details', heading: 'Details', text: 'The ledger keeps every entry.' }] }),
  fixture('in-tags', { tags: ['ledger'] }),
  fixture('in-heading', { sections: [{ id: 'the-ledger', heading: 'The ledger', text: 'Entries.' }] }),
  fixture('in-alias', { aliases: ['Ledger'] }),
  fixture('in-title', { title: 'Ledger' }),
  fixture('orchestration', { title: 'Orchestration', aliases: ['CQRS'], summary: 'A coordinator tells services what to do.', sections: [{ id: 'how', heading: 'How it works', text: 'The orchestrator sends commands.' }] }),
];

/** Through JSON and back, exactly as the browser receives it. */
const engineOf = (notes: SearchableNote[]) => openIndex(JSON.parse(serializePayload(buildPayload(notes)).json) as SearchPayload, flexsearch);

describe('search engine', () => {
  const engine = engineOf(NOTES);

  it('ranks a title match over aliases, headings, tags and body text', () => {
    expect(engine.search('ledger').map((hit) => hit.slug)).toEqual(['in-title', 'in-alias', 'in-heading', 'in-tags', 'in-body']);
  });

  it('points each hit at its section, the top of the note being the empty id', () => {
    const [heading] = engine.search('ledger').filter((hit) => hit.slug === 'in-heading');
    expect(heading?.sections[0]).toMatchObject({ id: 'the-ledger', heading: 'The ledger' });
    expect(engine.search('ledger')[0]?.sections[0]).toMatchObject({ id: '' });
  });

  it('finds words by prefix while typing, through one typo, and acronyms through aliases', () => {
    expect(engine.search('orch')[0]?.slug).toBe('orchestration');
    expect(engine.search('orchestartion')[0]?.slug).toBe('orchestration');
    expect(engine.search('cqrs')[0]?.slug).toBe('orchestration');
    expect(engine.queryTerms('orchestartion')).toEqual(engine.encode('orchestration'));
  });

  it('groups sections under their note and finds nothing for nonsense', () => {
    const hits = engine.search('orchestrator commands coordinator');
    expect(hits[0]?.slug).toBe('orchestration');
    expect(new Set(hits.map((h) => h.slug)).size).toBe(hits.length);
    expect(engine.search('qqxzj')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
  });

  it('names the file by its content, so a changed index gets a new name', () => {
    const a = serializePayload(buildPayload(NOTES));
    const b = serializePayload(buildPayload([...NOTES, fixture('extra', { title: 'Extra' })]));
    expect(a.fileName).toMatch(/^index\.[0-9a-f]{12}\.json$/);
    expect(serializePayload(buildPayload(NOTES)).fileName).toBe(a.fileName);
    expect(b.fileName).not.toBe(a.fileName);
  });
});
