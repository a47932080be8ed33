import * as flexsearch from 'flexsearch';
import { describe, expect, it } from 'vitest';
import { createEngine, openIndex } from '@/lib/search/engine';
import { buildPayload, serializePayload, type SearchManifest, type SearchPayload } from '@/lib/search/payload';
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
  fixture('orchestration', {
    title: 'Orchestration',
    aliases: ['CQRS'],
    summary: 'A coordinator tells services what to do.',
    sections: [{ id: 'how', heading: 'How it works', text: 'The orchestrator sends commands.' }],
  }),
];

/** Every file through JSON and back, exactly as the browser receives them. */
function filesOf(notes: SearchableNote[]) {
  const { manifestFile, files } = serializePayload(buildPayload(notes));
  const parsed = new Map(files.map(({ file, body }) => [file, JSON.parse(body) as unknown]));
  return { manifest: parsed.get(manifestFile) as SearchManifest, parsed };
}
const engineOf = (notes: SearchableNote[]) => {
  const { manifest, parsed } = filesOf(notes);
  return openIndex(
    { manifest, parts: Object.fromEntries([...parsed].filter(([, data]) => data !== manifest)) as SearchPayload['parts'] },
    flexsearch,
  );
};

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

  it('names every part by its content, so a changed index gets new names and unchanged parts keep theirs; the manifest keeps one name', () => {
    const a = serializePayload(buildPayload(NOTES));
    const b = serializePayload(buildPayload([...NOTES, fixture('extra', { title: 'Extra' })]));
    expect(a.manifestFile).toBe('index.json');
    expect(b.manifestFile).toBe('index.json');
    const parts = a.files.map((f) => f.file).filter((file) => file !== 'index.json');
    expect(parts.every((file) => /^(t|v)\.[0-9a-f]{12}\.json$|^r\.[0-9a-f]{12}\.\d+\.json$/.test(file))).toBe(true);
    expect(a.files[0]?.body).not.toBe(b.files[0]?.body);
  });

  it('asks only for the parts a query needs: the shards of its words, then the records of the notes it shows', () => {
    const { manifest, parsed } = filesOf(NOTES);
    const lazy = createEngine(manifest, flexsearch);
    const fetched: string[] = [];
    for (let missing = lazy.missing('ledger', { limit: 2 }); missing.length; missing = lazy.missing('ledger', { limit: 2 })) {
      for (const file of missing) {
        lazy.add(file, parsed.get(file));
        fetched.push(file);
      }
    }
    const records = fetched.filter((file) => file.startsWith(manifest.records));
    expect(records).toHaveLength(2); // the two notes shown, of five that match
    expect(fetched.filter((file) => file.startsWith('t.')).length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(parsed.size - 1);
    expect(lazy.search('ledger', { limit: 2 }).map((hit) => hit.slug)).toEqual(['in-title', 'in-alias']);
    expect(() => lazy.search('orchestrator', { limit: 2 })).toThrow(/not loaded/);
  });

  it('matches a short all-caps alias as written, not by sound: "BFF" is not any word starting with f', () => {
    const notes = [
      fixture('fallacies', {
        title: 'Fallacies of distributed computing',
        sections: [{ id: 'f', heading: 'Fault', text: 'Failures and faults.' }],
      }),
      fixture('gateway', { title: 'API gateway', aliases: ['BFF', 'backends for frontends'] }),
      fixture('xa', { title: 'Two-phase commit', aliases: ['XA'] }),
      fixture('saga', { title: 'Saga', summary: 'Sagas and sa.' }),
    ];
    const engine = engineOf(notes);
    expect(engine.search('BFF').map((hit) => hit.slug)).toEqual(['gateway']);
    expect(engine.search('bff').map((hit) => hit.slug)).toEqual(['gateway']);
    expect(engine.search('XA').map((hit) => hit.slug)).toEqual(['xa']);
    expect(engine.queryTerms('BFF')).toEqual(['=bff']);
    expect(engine.search('fa').map((hit) => hit.slug)).toContain('fallacies');
  });

  it('shows the part of a long section where the words matched', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const engine = engineOf([
      fixture('long', { sections: [{ id: 'late', heading: 'Late', text: `${filler} the quorum decides. ${filler}` }] }),
    ]);
    const text = engine.search('quorum')[0]!.sections[0]!.text;
    expect(text).toContain('quorum decides');
    expect(text.startsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(170);
  });
});

describe('stop words', () => {
  const body = (text: string) => [{ id: 'details', heading: 'Details', text }];

  it('do not let a page win beside other words, and are still looked up when alone', () => {
    const engine = engineOf([
      fixture('isolation', { title: 'Isolation', tags: ['the'], sections: body('Isolation is the I of ACID.') }),
      fixture('theory', { title: 'The theory of it all', sections: body('Is it? It is.') }),
      fixture('fallacies', { title: 'Fallacies', sections: body('Latency is zero, they say.') }),
    ]);
    // "is" prefixes "isolation", "the" is a tag and a title word: neither counts beside "latency" and "zero".
    expect(engine.search('latency is zero').map((hit) => hit.slug)).toEqual(['fallacies']);
    expect(engine.search('the latency').map((hit) => hit.slug)).toEqual(['fallacies']);
    expect(engine.queryTerms('latency is zero')).toEqual(engine.encode('latency zero'));
    expect(engine.search('the').length).toBeGreaterThan(0);
  });

  it('take a contraction whole, and a clitic alone matches nothing', () => {
    const engine = engineOf([
      fixture('topology', { title: 'Topology', sections: body('Nodes move.') }),
      fixture('tables', { title: 'Tables', sections: body('Rows.') }),
      fixture('saga', { title: 'Saga', sections: body('Steps.') }),
    ]);
    // "doesn't" is a stop word; its "t" would otherwise prefix "tables" and "topology" alike.
    expect(engine.queryTerms("topology doesn't")).toEqual(engine.encode('topology'));
    // The "s" of "table's" would prefix "saga".
    expect(engine.search("table's rows").map((hit) => hit.slug)).toEqual(['tables']);
  });
});

describe('exact phrases', () => {
  const body = (text: string) => [{ id: 'details', heading: 'Details', text }];

  it('ranks a note holding the query word for word above one holding its words apart, even in its title', () => {
    const engine = engineOf([
      fixture('scattered', { title: 'Latency', sections: body('Latency adds up along a chain; a budget near zero is rare.') }),
      fixture('phrase', { title: 'Fallacies', sections: body('They believe that latency is zero, and it is not.') }),
    ]);
    const hits = engine.search('latency is zero');
    expect(hits.map((hit) => hit.slug)).toEqual(['phrase', 'scattered']);
    expect(hits[0]).toMatchObject({ phrase: 'body' });
    expect(hits[1]?.phrase).toBeUndefined();
  });

  it('ranks the phrase in a title over an alias, a heading, the body and a mention in quotes or brackets', () => {
    const engine = engineOf([
      fixture('mention', { sections: body('Among the fallacies, "bandwidth is infinite" is the costly one.') }),
      fixture('in-brackets', { sections: body('Payloads grow (bandwidth is infinite, they say) until links saturate.') }),
      fixture('in-body', { sections: body('Some designs assume bandwidth is infinite and fetch everything.') }),
      fixture('in-heading', { sections: [{ id: 'b', heading: 'Bandwidth is infinite', text: 'Payloads saturate links.' }] }),
      fixture('in-alias', { aliases: ['Bandwidth is infinite'] }),
      fixture('in-title', { title: 'Bandwidth Is Infinite' }),
      fixture('words-only', { title: 'Bandwidth', sections: body('Nothing is infinite.') }),
    ]);
    const hits = engine.search('bandwidth is infinite');
    expect(hits.map((hit) => hit.slug)).toEqual(['in-title', 'in-alias', 'in-heading', 'in-body', 'mention', 'in-brackets', 'words-only']);
    expect(hits.map((hit) => hit.phrase)).toEqual(['title', 'aliases', 'heading', 'body', 'mention', 'mention', undefined]);
  });

  it('answers a query of stop words alone with the note holding it as a phrase', () => {
    const engine = engineOf([
      fixture('isolation', { title: 'Isolation', sections: body('Isolation is the I of ACID.') }),
      fixture('outbox', { title: 'Outbox', sections: [{ id: 'what', heading: 'What it is', text: 'A table beside the data.' }] }),
    ]);
    expect(engine.search('what it is')[0]).toMatchObject({ slug: 'outbox', phrase: 'heading' });
  });

  it('reads the phrase without case, accents, punctuation or apostrophes, and its last word as typed so far', () => {
    const engine = engineOf([
      fixture('topology', { sections: body('Hard-coded addresses assume that Topology doesn’t change. Nodes move.') }),
      fixture('words', { title: 'Topology', sections: body('Change what the topology does.') }),
      fixture('conway', { title: "Conway's Law", sections: body('Systems mirror organisations.') }),
    ]);
    expect(engine.search("topology doesn't change")[0]).toMatchObject({ slug: 'topology', phrase: 'body' });
    expect(engine.search('topology doesnt change')[0]?.slug).toBe('topology');
    expect(engine.search('TOPOLOGY DOESN’T CHA')[0]?.slug).toBe('topology');
    expect(engine.search('conways law')[0]).toMatchObject({ slug: 'conway', phrase: 'title' });
  });

  it('finds the phrase in body text while its last word is being typed, though the body index matches whole words only', () => {
    const zebras = Array.from({ length: 3 }, (_, i) =>
      fixture(`latency-${i}`, { title: `Latency ${i}`, sections: [{ id: 'z', heading: 'Zebra crossings', text: 'Stripes.' }] }),
    );
    const engine = engineOf([...zebras, fixture('fallacies', { sections: body('They believe that latency is zero.') })]);
    expect(engine.search('latency is ze', { limit: 2 }).map((hit) => hit.slug)).toEqual(['fallacies', 'latency-0']);
  });

  it('opens the note at the section holding the phrase, its snippet around it', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const engine = engineOf([
      fixture('fallacies', {
        sections: [
          { id: 'latency', heading: 'Latency', text: `Latency budgets and zero-copy tricks, latency and zero. ${filler}` },
          { id: 'list', heading: 'The list', text: `${filler} The third: latency is zero. ${filler}` },
        ],
      }),
    ]);
    const [section] = engine.search('latency is zero')[0]!.sections;
    expect(section).toMatchObject({ id: 'list' });
    expect(section?.text).toContain('latency is zero');
    expect(section?.text.startsWith('…')).toBe(true);
  });

  it('looks for the phrase in a few notes beyond those shown, fetching their records', () => {
    const ledger = Array.from({ length: 6 }, (_, i) => fixture(`ledger-${i}`, { title: `Ledger ${i}`, sections: body('Entries.') }));
    const notes = [...ledger, fixture('phrase', { sections: body('Keep an append only ledger of every entry.') })];
    const { manifest, parsed } = filesOf(notes);
    const lazy = createEngine(manifest, flexsearch);
    const fetched: string[] = [];
    const query = 'append only ledger';
    for (let missing = lazy.missing(query, { limit: 3 }); missing.length; missing = lazy.missing(query, { limit: 3 })) {
      for (const file of missing) {
        lazy.add(file, parsed.get(file));
        fetched.push(file);
      }
    }
    expect(lazy.search(query, { limit: 3 }).map((hit) => hit.slug)).toEqual(['phrase', 'ledger-0', 'ledger-1']);
    // The three shown and the phrase's note, not every note that has "ledger".
    expect(fetched.filter((file) => file.startsWith(manifest.records))).toHaveLength(4);
  });
});
