import { describe, expect, it } from 'vitest';
import { findPhrase, isMention, phraseOf, placeOf } from '@/lib/search/phrase';

const phrase = (query: string) => phraseOf(query)!;
const occurrences = (text: string, query: string) => findPhrase(text, phrase(query)).map(([start, end]) => text.slice(start, end));

describe('exact phrases', () => {
  it('reads a query of two words or more, folding case, accents and apostrophes', () => {
    expect(phraseOf('saga')).toBeUndefined();
    expect(phraseOf('  ')).toBeUndefined();
    expect(phraseOf('Topology doesn’t Change')).toEqual({ words: ['topology', 'doesnt', 'change'], open: true });
    expect(phraseOf('café au lait ')).toEqual({ words: ['cafe', 'au', 'lait'], open: false });
  });

  it('finds the phrase word for word whatever the punctuation and spacing between the words', () => {
    const text = 'Latency is zero; LATENCY  is—zero. Latency is not zero, latency is zeroing.';
    expect(occurrences(text, 'latency is zero ')).toEqual(['Latency is zero', 'LATENCY  is—zero']);
    expect(occurrences("Conway's law and Conway’s Law", 'conways law ')).toEqual(["Conway's law", 'Conway’s Law']);
    expect(occurrences('two-phase commit', 'two phase commit ')).toEqual(['two-phase commit']);
  });

  it('matches the last word by prefix while it may still be being typed', () => {
    expect(occurrences('latency is zeroing', 'latency is ze')).toEqual(['latency is zeroing']);
    expect(occurrences('latency is zeroing', 'latency is ze.')).toEqual([]);
  });

  it('tells a phrase mentioned in quotation marks or brackets from one used in the text', () => {
    const mention = (text: string) => isMention(text, findPhrase(text, phrase('versioning is easy '))[0]!);
    expect(mention('Among the fallacies, "versioning is easy" is the one this disproves.')).toBe(true);
    expect(mention('They said “versioning is easy,” and shipped.')).toBe(true);
    expect(mention('The fallacies (the network is reliable, versioning is easy) bite first.')).toBe(true);
    expect(mention('Versioning is easy. Once a contract has consumers…')).toBe(false);
    expect(mention('See (1) above: versioning is easy (until it is not).')).toBe(false);
  });

  it('places the phrase where it counts most: title, aliases, heading, body, a mention', () => {
    const p = phrase('bandwidth is infinite ');
    expect(placeOf(p, { title: 'Bandwidth is infinite', heading: '', text: '' })).toEqual({ place: 'title' });
    expect(placeOf(p, { aliases: ['BW', 'bandwidth is infinite'], heading: '', text: '' })).toEqual({ place: 'aliases' });
    expect(placeOf(p, { heading: 'Bandwidth is infinite', text: 'bandwidth is infinite' })).toEqual({ place: 'heading' });
    const used = '"Bandwidth is infinite", then bandwidth is infinite.';
    expect(placeOf(p, { heading: '', text: used })).toEqual({ place: 'body', at: used.lastIndexOf('bandwidth') });
    expect(placeOf(p, { heading: '', text: 'So "bandwidth is infinite".' })).toEqual({ place: 'mention', at: 4 });
    expect(placeOf(p, { heading: 'Bandwidth', text: 'Infinite bandwidth is a myth.' })).toBeUndefined();
  });
});
