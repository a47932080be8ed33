import { describe, expect, it } from 'vitest';
import { backoffDelay, decorrelatedJitter, equalJitter, exponential, fullJitter } from '@/lib/simulators/backoff';
import { createRandom } from '@/lib/random';

const params = { base: 100, cap: 1000 };
const fixed = (value: number) => () => value;

describe('backoff formulas', () => {
  it('exponential doubles from base and stops at the cap: min(cap, base*2^n)', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => exponential(n, params))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('full jitter is random(0, min(cap, base*2^n))', () => {
    expect(fullJitter(2, params, fixed(0))).toBe(0);
    expect(fullJitter(2, params, fixed(0.5))).toBe(200);
    expect(fullJitter(8, params, fixed(0.999))).toBeCloseTo(999);
  });

  it('equal jitter is v/2 + random(0, v/2), never below half the exponential delay', () => {
    expect(equalJitter(2, params, fixed(0))).toBe(200);
    expect(equalJitter(2, params, fixed(0.5))).toBe(300);
    expect(equalJitter(9, params, fixed(0.999))).toBeCloseTo(999.5);
  });

  it('decorrelated jitter is min(cap, random(base, previous*3)), fed its own previous sleep', () => {
    expect(decorrelatedJitter(100, params, fixed(0))).toBe(100);
    expect(decorrelatedJitter(100, params, fixed(0.5))).toBe(200);
    expect(decorrelatedJitter(900, params, fixed(0.5))).toBe(1000);
    // The recursion: each sleep is drawn from base up to three times the one before.
    const random = createRandom(3);
    let previous = params.base;
    for (let i = 0; i < 20; i += 1) {
      const next = decorrelatedJitter(previous, params, random);
      expect(next).toBeGreaterThanOrEqual(params.base);
      expect(next).toBeLessThanOrEqual(Math.min(params.cap, previous * 3));
      previous = next;
    }
  });

  it('no backoff retries at once, whatever the attempt', () => {
    expect(backoffDelay('none', 5, 100, params, fixed(0.5))).toBe(0);
    expect(backoffDelay('exponential', 3, 100, params, fixed(0.5))).toBe(800);
    expect(backoffDelay('decorrelated', 3, 300, params, fixed(0.5))).toBe(500);
  });
});
