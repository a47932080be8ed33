/**
 * The backoff formulas compared on the AWS Architecture Blog ("Exponential Backoff And
 * Jitter", 2015). `n` counts retries from 0; `random(a, b)` is uniform in [a, b).
 */
export type BackoffStrategy = 'none' | 'exponential' | 'full-jitter' | 'equal-jitter' | 'decorrelated';

export const BACKOFF_LABELS: Record<BackoffStrategy, string> = {
  none: 'No backoff',
  exponential: 'Exponential',
  'full-jitter': 'Full jitter',
  'equal-jitter': 'Equal jitter',
  decorrelated: 'Decorrelated jitter',
};

export const BACKOFF_STRATEGIES = Object.keys(BACKOFF_LABELS) as BackoffStrategy[];

export interface BackoffParams {
  /** First delay, ms. */
  base: number;
  /** Longest delay, ms. */
  cap: number;
}

const between = (a: number, b: number, random: () => number) => a + random() * (b - a);

/** `min(cap, base * 2^n)` */
export function exponential(n: number, { base, cap }: BackoffParams): number {
  return Math.min(cap, base * 2 ** n);
}

/** `random(0, min(cap, base * 2^n))` */
export function fullJitter(n: number, params: BackoffParams, random: () => number): number {
  return between(0, exponential(n, params), random);
}

/** `v/2 + random(0, v/2)` with `v = min(cap, base * 2^n)`: never less than half the exponential delay. */
export function equalJitter(n: number, params: BackoffParams, random: () => number): number {
  const v = exponential(n, params);
  return v / 2 + between(0, v / 2, random);
}

/** `min(cap, random(base, previous * 3))`; the first `previous` is `base`. */
export function decorrelatedJitter(previous: number, { base, cap }: BackoffParams, random: () => number): number {
  return Math.min(cap, between(base, previous * 3, random));
}

/** The sleep before retry `n`, given the previous sleep (used only by decorrelated jitter). */
export function backoffDelay(strategy: BackoffStrategy, n: number, previous: number, params: BackoffParams, random: () => number): number {
  switch (strategy) {
    case 'none':
      return 0;
    case 'exponential':
      return exponential(n, params);
    case 'full-jitter':
      return fullJitter(n, params, random);
    case 'equal-jitter':
      return equalJitter(n, params, random);
    case 'decorrelated':
      return decorrelatedJitter(previous, params, random);
  }
}
