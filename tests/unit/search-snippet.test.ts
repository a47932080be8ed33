import { Encoder, Charset } from 'flexsearch';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Snippet } from '@/components/search/snippet';
import { highlight } from '@/lib/search/snippet';

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
    expect(html).toContain('&lt;<mark class="rounded-sm bg-[var(--mark)] px-0.5 text-ink">img</mark> src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});
