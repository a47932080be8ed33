import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '@/lib/feeds/atom';

const feed = atomFeed({
  title: 'Ops <Wiki> & "Notes"',
  subtitle: 'What changed',
  siteUrl: 'https://intranet.example/kb/',
  feedUrl: 'https://intranet.example/kb/feed.xml',
  entries: [
    {
      title: 'CQRS & ES',
      url: 'https://intranet.example/kb/notes/cqrs/',
      summary: 'Reads < writes',
      updated: new Date('2026-11-20T10:00:00Z'),
    },
    { title: 'Saga', url: 'https://intranet.example/kb/notes/saga/', summary: 'Steps', updated: new Date('2026-10-01T08:00:00Z') },
  ],
});

describe('atomFeed', () => {
  it('is well-formed XML with escaped text', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
  });

  it('has the Atom elements readers need: ids, self link, updated, entries with absolute links', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(feed);
    expect(doc.feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.title).toBe('Ops <Wiki> & "Notes"');
    expect(doc.feed.id).toBe('https://intranet.example/kb/');
    expect(doc.feed.updated).toBe('2026-11-20T10:00:00.000Z');
    expect(doc.feed.link).toContainEqual({ rel: 'self', type: 'application/atom+xml', href: 'https://intranet.example/kb/feed.xml' });
    expect(doc.feed.entry).toHaveLength(2);
    expect(doc.feed.entry[0]).toMatchObject({
      title: 'CQRS & ES',
      id: 'https://intranet.example/kb/notes/cqrs/',
      summary: 'Reads < writes',
      updated: '2026-11-20T10:00:00.000Z',
    });
    expect(doc.feed.entry[0].link.href).toBe('https://intranet.example/kb/notes/cqrs/');
  });
});
