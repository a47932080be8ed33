import { Encoder, Charset } from 'flexsearch';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Snippet } from '@/components/search/snippet';
import { phraseOf } from '@/lib/search/phrase';
import { excerpt, highlight } from '@/lib/search/snippet';

const encoder = new Encoder(Charset.LatinAdvanced);
const encode = (text: string) => encoder.encode(text);

describe('snippet highlighting', () => {
  it('marks words that start with a query word and keeps the text exactly', () => {
    const parts = highlight('Sagas coordinate; a saga compensates.', encode('saga comp'), encode);
    expect(parts.map((p) => p.text).join('')).toBe('Sagas coordinate; a saga compensates.');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Sagas', 'saga', 'compensates']);
  });

  it('renders matches as <mark> and a note text with markup as text: content cannot inject HTML', () => {
    const text = 'Beware <img src=x onerror="alert(1)"> in a note about images.';
    const html = renderToStaticMarkup(createElement(Snippet, { text, terms: encode('img'), encode }));
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '&lt;<mark class="rounded-sm bg-[var(--mark)] px-0.5 text-ink">img</mark> src=x onerror=&quot;alert(1)&quot;&gt;',
    );
  });

  it('marks the exact phrase as one part, stop words and spaces inside it, and the query words elsewhere', () => {
    const text = 'Latency adds up: they assume Latency is zero, and zero it is not.';
    const parts = highlight(text, encode('latency zero'), encode, phraseOf('latency is zero'));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Latency', 'Latency is zero', 'zero']);
    const html = renderToStaticMarkup(createElement(Snippet, { text, terms: [], phrase: phraseOf('latency is zero'), encode }));
    expect(html).toContain('>Latency is zero</mark>, and zero it is not.');
  });

  it('marks an acronym term only where the word is exactly it', () => {
    const parts = highlight('A BFF for the front, not a fix.', ['=bff'], encode);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['BFF']);
  });
});

describe('snippet excerpts', () => {
  const filler = (from: number) => Array.from({ length: 30 }, (_, i) => `filler${from + i}`).join(' ');

  it('shows the window holding the most query words, from anywhere in the section, cut at word boundaries', () => {
    const text = `${filler(0)} retries alone. ${filler(100)} retries with backoff and jitter. ${filler(200)}`;
    const shown = excerpt(text, encode('backoff retries'), encode, 80);
    expect(shown).toMatch(/^…/);
    expect(shown).toMatch(/…$/);
    expect(shown).toContain('retries with backoff and jitter');
    expect(shown.length).toBeLessThanOrEqual(82);
    expect(text).toContain(shown.slice(1, -1));
  });

  it('opens a little before the exact phrase when it is given, wherever the words cluster', () => {
    const text = `${filler(0)} latency and zero latency zero. ${filler(100)} latency is zero. ${filler(200)}`;
    const at = text.indexOf('latency is zero');
    const shown = excerpt(text, encode('latency zero'), encode, 80, at);
    expect(shown).toMatch(/^…filler1\d\d .*latency is zero/);
  });

  it('keeps a short text whole and falls back to the start without a match', () => {
    expect(excerpt('Short text.', encode('text'), encode, 80)).toBe('Short text.');
    expect(excerpt(filler(0), encode('absent'), encode, 40)).toMatch(/^filler0 filler1 .*…$/);
  });
});
