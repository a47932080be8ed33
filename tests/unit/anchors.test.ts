import { describe, expect, it } from 'vitest';
import { decodeAnchor, resolveAnchor } from '@/lib/content/anchors';

const targets = {
  headings: [
    { id: 'problem', text: 'Problem' },
    { id: 'when-to-use-it-and-when-not', text: 'When to use it and when not' },
    { id: 'setup', text: 'Setup' },
    { id: 'setup-1', text: 'Setup' },
    { id: 'cafe-au-lait', text: 'Café au lait' },
  ],
  blockIds: ['quote-1', 'Table-2'],
};

describe('anchors', () => {
  it('names a heading by its id or by its text, as Obsidian writes it', () => {
    expect(resolveAnchor(targets, 'problem')).toBe('problem');
    expect(resolveAnchor(targets, 'When to use it and when not')).toBe('when-to-use-it-and-when-not');
    expect(resolveAnchor(targets, 'Café au lait')).toBe('cafe-au-lait');
    expect(resolveAnchor(targets, 'Setup')).toBe('setup');
  });

  it('takes the last heading of a nested path', () => {
    expect(resolveAnchor(targets, 'Problem#Setup')).toBe('setup');
  });

  it('names a block by the id written at its end', () => {
    expect(resolveAnchor(targets, '^quote-1')).toBe('^quote-1');
    expect(resolveAnchor(targets, '^table-2')).toBe('^Table-2');
    expect(resolveAnchor(targets, '^missing')).toBeUndefined();
  });

  it('finds nothing for a heading the note does not have', () => {
    expect(resolveAnchor(targets, 'Solution')).toBeUndefined();
  });

  it('decodes percent-encoding, and keeps an anchor that is not valid encoding as written', () => {
    expect(decodeAnchor('caf%C3%A9')).toBe('café');
    expect(decodeAnchor('100%')).toBe('100%');
    expect(decodeAnchor('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
