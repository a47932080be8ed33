/**
 * A seeded random source (mulberry32: 32 bits of state, fast, good enough for a simulation).
 * The state is a plain number, so a pure model can carry it, and a seed in a link replays the
 * same run. Not for anything that needs real randomness.
 */
export interface Draw {
  /** Uniform in [0, 1). */
  value: number;
  /** The state to draw from next. */
  state: number;
}

/** One draw from `state`: the pure form, for models that keep their state in data. */
export function nextRandom(state: number): Draw {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** A generator over the same sequence, for code that draws in a loop. */
export function createRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    const draw = nextRandom(state);
    state = draw.state;
    return draw.value;
  };
}

/** A fresh seed for a new run; kept small so it reads well in a link. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 100_000);
}
