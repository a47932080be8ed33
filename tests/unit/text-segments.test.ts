import { describe, expect, it } from 'vitest';
import { normalizeSegments, readSegments, type TextSegment } from '@/lib/content/text-segments';

const titles: Record<string, string> = { cqrs: 'Command Query Responsibility Segregation' };
const titleOf = (target: string) => titles[target];

describe('normalizeSegments', () => {
  it('collapses whitespace across pieces, trims the ends and joins neighbouring text', () => {
    const raw: TextSegment[] = [
      { text: '\n  Pair it ' },
      { text: ' with\n' },
      { text: ' ' },
      { target: 'cqrs', link: true },
      { text: '  for reads. \n' },
    ];
    expect(normalizeSegments(raw)).toEqual([{ text: 'Pair it with ' }, { target: 'cqrs', link: true }, { text: ' for reads.' }]);
  });

  it("keeps the link's words apart from the words around them, even when they are empty", () => {
    expect(normalizeSegments([{ text: 'See ' }, { text: 'the log', link: true }, { text: ' here' }])).toEqual([
      { text: 'See ' },
      { text: 'the log', link: true },
      { text: ' here' },
    ]);
    expect(normalizeSegments([{ text: 'See ' }, { text: '', link: true }])).toEqual([{ text: 'See ' }, { text: '', link: true }]);
  });

  it('survives a round trip through JSON, as the compile cache stores it', () => {
    const segments = normalizeSegments([{ text: 'A ' }, { target: 'cqrs', link: true }]);
    expect(JSON.parse(JSON.stringify(segments))).toEqual(segments);
  });
});

describe('readSegments', () => {
  it("reads targets as titles, aliases as written, and locates the link's words", () => {
    const read = readSegments(
      [{ text: 'Pair ' }, { target: 'ES' }, { text: ' with ' }, { target: 'cqrs', link: true }, { text: '.' }],
      titleOf,
    );
    expect(read.text).toBe('Pair ES with Command Query Responsibility Segregation.');
    expect(read.text.slice(...(read.highlight ?? [0, 0]))).toBe('Command Query Responsibility Segregation');
  });

  it('spans every piece of the link, and gives no highlight without one', () => {
    const read = readSegments([{ text: 'See ' }, { text: 'the ', link: true }, { target: 'cqrs', link: true }, { text: ' now' }], titleOf);
    expect(read.highlight).toEqual([4, 4 + 'the Command Query Responsibility Segregation'.length]);
    expect(readSegments([{ text: 'Plain.' }], titleOf)).toEqual({ text: 'Plain.' });
  });
});
