import { describe, expect, it } from 'vitest';
import { buildPayload } from '@/lib/search/payload';
import { payloadSize } from '@/lib/search/size';
import { syntheticNotes } from '@/lib/search/synthetic';

/** The benchmark's corpus size: per-note overhead is amortised as a real wiki grows. */
const NOTES = 5000;

describe('search index size on a realistic synthetic corpus', () => {
  const notes = syntheticNotes(NOTES);
  const size = payloadSize(buildPayload(notes));

  it('has notes of about 500 words in five sections', () => {
    const words = notes[0]!.summary.split(' ').length + notes[0]!.sections.reduce((sum, s) => sum + s.text.split(' ').length, 0);
    expect(words).toBeGreaterThan(450);
    expect(words).toBeLessThan(560);
    expect(notes[0]!.sections.filter((s) => s.id)).toHaveLength(5);
  });

  it('keeps the whole index file, snippets included, at or under 750 bytes gzip per note', () => {
    expect(size.gzip / NOTES).toBeLessThanOrEqual(750);
  });
});
