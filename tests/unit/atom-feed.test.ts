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

  it('drops what XML cannot hold (control characters, U+FFFE, lone surrogates) and keeps the rest', () => {
    const hostile = atomFeed({
      title: 'Ops\u0001 wiki',
      subtitle: 'bell\u0007 and \uFFFE',
      siteUrl: 'https://intranet.example/',
      feedUrl: 'https://intranet.example/feed.xml',
      entries: [
        { title: 'Tab\there 😀', url: 'https://intranet.example/notes/a/', summary: 'half \uD800 pair\u001F\uFFFF', updated: new Date(0) },
      ],
    });
    // XML 1.0's Char production: nothing outside it may appear, escaped or not.
    expect(hostile).not.toMatch(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    expect(XMLValidator.validate(hostile)).toBe(true);
    const doc = new XMLParser().parse(hostile);
    expect(doc.feed.title).toBe('Ops wiki');
    expect(doc.feed.subtitle).toBe('bell and');
    expect(doc.feed.entry).toMatchObject({ title: 'Tab\there 😀', summary: 'half  pair' });
  });
});
