import { describe, expect, it } from 'vitest';
import { readSettings, writeSettings } from '@/lib/simulators/url-settings';
import { createRandom, nextRandom } from '@/lib/random';

describe('settings in the query string', () => {
  const defaults = { failure: 20, seed: 1, strategy: 'none' };
  const ranges = { failure: { min: 0, max: 100 }, seed: { min: 0, max: 99_999 }, strategy: ['none', 'exponential'] } as const;

  it('reads known keys, clamps numbers and ignores what it cannot read', () => {
    expect(readSettings('?failure=150&seed=x&strategy=exponential&other=1', defaults, ranges)).toEqual({ failure: 100, seed: 1, strategy: 'exponential' });
    expect(readSettings('?strategy=bogus&failure=', defaults, ranges)).toEqual(defaults);
  });

  it('writes settings and keeps other parameters', () => {
    expect(writeSettings('?utm=a', { failure: 50 })).toBe('?utm=a&failure=50');
  });
});

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
