import { describe, expect, it } from 'vitest';
import { openingOf, previewOf } from '@/lib/crosslinks/preview-data';

describe('previewOf', () => {
  it('keeps a short opening whole', () => {
    expect(previewOf({ slug: 's', title: 'T', summary: 'S.', opening: 'Short and  sweet.' })).toEqual({
      slug: 's',
      title: 'T',
      summary: 'S.',
      opening: 'Short and sweet.',
    });
  });

  it('cuts a long opening at forty words with an ellipsis, dropping trailing punctuation', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i},`).join(' ');
    const opening = openingOf(words);
    expect(opening.split(' ')).toHaveLength(40);
    expect(opening.endsWith('w39…')).toBe(true);
  });
});
