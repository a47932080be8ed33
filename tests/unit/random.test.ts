import { describe, expect, it } from 'vitest';
import { createRandom, nextRandom } from '@/lib/random';

describe('seeded random source', () => {
  it('is deterministic, uniform in [0, 1), and the pure and looping forms agree', () => {
    const random = createRandom(123);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
    expect(nextRandom(123).value).toBe(values[0]);
    expect(createRandom(123)()).toBe(values[0]);
  });
});
