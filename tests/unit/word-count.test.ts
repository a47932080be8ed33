import { describe, expect, it } from 'vitest';
import { countWords } from '@/lib/content/word-count';

describe('countWords', () => {
  it('counts prose words, and the label rather than the target of a link', () => {
    expect(countWords("A saga's steps [[cqrs|read model]] and [docs](https://x.y/z).")).toBe(7);
  });

  it('ignores code, diagrams and JSX lines', () => {
    expect(countWords('One two.\n\n```mermaid\ngraph TD\nA-->B\n```\n\n<SagaFacts saga="epic-saga" />\n\nThree.')).toBe(3);
  });
});
