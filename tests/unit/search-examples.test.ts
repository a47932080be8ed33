import { describe, expect, it } from 'vitest';
import { searchExamples } from '@/lib/search/examples';

const note = (title: string, aliases: string[], backlinks: number) =>
  ({ title, aliases, backlinks: Array.from({ length: backlinks }) }) as never;

describe('searchExamples', () => {
  it("suggests the wiki's most linked notes, by acronym when they have one", () => {
    const notes = [
      note('Onboarding', [], 1),
      note('Command Query Responsibility Segregation', ['CQRS', 'command query'], 5),
      note('Release train', ['trains'], 3),
      note('Zebra', [], 0),
    ];
    expect(searchExamples({ notes })).toEqual(['CQRS', 'Release train', 'Onboarding']);
  });

  it('suggests nothing in an empty wiki', () => {
    expect(searchExamples({ notes: [] })).toEqual([]);
  });
});
