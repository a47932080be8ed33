import { describe, expect, it } from 'vitest';
import { SCENARIO, compareStorms, rebin, simulateStorm } from '@/lib/simulators/retry-storm';

const settings = { base: 100, cap: 5000, clients: 100, seed: 42 };

describe('retry storm', () => {
  it('with no backoff, every client calls once a step until it gets through', () => {
    const run = simulateStorm({ ...settings, strategy: 'none' });
    const outageSteps = SCENARIO.outageMs / SCENARIO.stepMs;
    expect(run.callsPerStep.slice(0, outageSteps)).toEqual(Array(outageSteps).fill(100));
    // After recovery the service serves `capacity` a step, so the queue drains by that much.
    expect(run.callsPerStep.slice(outageSteps)).toEqual([100, 90, 80, 70, 60, 50, 40, 30, 20, 10]);
    expect(run).toMatchObject({ totalCalls: 2550, succeeded: 100, lastSuccessMs: 3000 });
  });

  it('exponential backoff without jitter sends the clients in synchronised waves', () => {
    const run = simulateStorm({ ...settings, strategy: 'exponential' });
    expect(run.callsPerStep.filter((n) => n > 0).slice(0, 3)).toEqual([100, 100, 100]);
    expect(run.succeeded).toBe(100);
  });

  it('orders the work: no backoff worst, exponential next, every jitter less than both', () => {
    const totals = Object.fromEntries(compareStorms(settings).map((r) => [r.strategy, r.totalCalls]));
    expect(totals.none).toBeGreaterThan(totals.exponential!);
    for (const jitter of ['full-jitter', 'equal-jitter', 'decorrelated']) expect(totals[jitter]).toBeLessThan(totals.exponential!);
  });

  it('lets jittered clients finish long before exponential ones', () => {
    const [exponential, full] = [
      simulateStorm({ ...settings, strategy: 'exponential' }),
      simulateStorm({ ...settings, strategy: 'full-jitter' }),
    ];
    expect(full.lastSuccessMs!).toBeLessThan(exponential.lastSuccessMs! / 2);
  });

  it('replays exactly from a seed', () => {
    const a = simulateStorm({ ...settings, strategy: 'full-jitter', seed: 9 });
    expect(simulateStorm({ ...settings, strategy: 'full-jitter', seed: 9 })).toEqual(a);
    expect(simulateStorm({ ...settings, strategy: 'full-jitter', seed: 10 }).callsPerStep).not.toEqual(a.callsPerStep);
  });

  it('stops at the horizon, reporting the clients still retrying', () => {
    const run = simulateStorm({ ...settings, strategy: 'exponential', cap: 60_000 }, { ...SCENARIO, horizonMs: 20_000 });
    expect(run.succeeded).toBeLessThan(100);
    expect(run.callsPerStep.length).toBeLessThanOrEqual(200);
  });

  it('merges steps into at most maxBars bars, keeping the total', () => {
    expect(rebin([1, 2, 3, 4, 5], 100, 2)).toEqual({ bars: [6, 9], barMs: 300 });
    expect(rebin([1, 2], 100, 10)).toEqual({ bars: [1, 2], barMs: 100 });
  });
});
