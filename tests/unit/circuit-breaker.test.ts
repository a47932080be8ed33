import { describe, expect, it } from 'vitest';
import {
  type BreakerSettings,
  DEFAULT_BREAKER,
  LOG_LIMIT,
  openRemaining,
  sendCall,
  sendCalls,
  startRun,
} from '@/lib/simulators/circuit-breaker';

const settings = (overrides: Partial<BreakerSettings>): BreakerSettings => ({ ...DEFAULT_BREAKER, ...overrides });
const alwaysFails = settings({ failureRate: 100, windowSize: 10, failureThreshold: 3, openTimeout: 5, halfOpenTrials: 2 });
const neverFails = { ...alwaysFails, failureRate: 0 };

describe('circuit breaker', () => {
  it('stays Closed while failures in the window stay under the threshold', () => {
    const run = sendCalls(startRun(1), neverFails, 20);
    expect(run.state).toBe('closed');
    expect(run.log.every((c) => c.outcome === 'passed')).toBe(true);
  });

  it('trips to Open when the threshold of failures is reached, and starts the timer', () => {
    const two = sendCalls(startRun(1), alwaysFails, 2);
    expect(two.state).toBe('closed');
    const three = sendCall(two, alwaysFails);
    expect(three.state).toBe('open');
    expect(three.log[0]).toEqual({ at: 2, outcome: 'failed', from: 'closed', to: 'open', trial: false });
    expect(openRemaining(three, alwaysFails)).toBe(4);
  });

  it('counts only the last windowSize calls', () => {
    const window2 = settings({ windowSize: 2, failureThreshold: 2 });
    let run = sendCall(startRun(1), { ...window2, failureRate: 100 });
    run = sendCall(run, { ...window2, failureRate: 0 });
    run = sendCall(run, { ...window2, failureRate: 100 });
    expect(run.state).toBe('closed');
    run = sendCall(run, { ...window2, failureRate: 100 });
    expect(run.state).toBe('open');
  });

  it('rejects calls fast while Open, then lets a trial through once the timeout has passed', () => {
    const open = sendCalls(startRun(1), alwaysFails, 3); // opened at second 2
    const waiting = sendCalls(open, neverFails, 4); // seconds 3 to 6
    expect(waiting.log.slice(0, 4).every((c) => c.outcome === 'rejected' && c.to === 'open')).toBe(true);
    expect(openRemaining(waiting, neverFails)).toBe(0);
    const trial = sendCall(waiting, neverFails); // second 7 = 2 + 5
    expect(trial.state).toBe('half-open');
    expect(trial.log[0]).toMatchObject({ outcome: 'passed', from: 'open', to: 'half-open', trial: true });
  });

  it('closes after enough consecutive successful trials', () => {
    const halfOpen = sendCall(sendCalls(sendCalls(startRun(1), alwaysFails, 3), neverFails, 4), neverFails);
    const closed = sendCall(halfOpen, neverFails);
    expect(closed.state).toBe('closed');
    expect(closed.window).toEqual([]);
  });

  it('reopens on a failed trial and restarts the timer', () => {
    const halfOpen = sendCall(sendCalls(sendCalls(startRun(1), alwaysFails, 3), neverFails, 4), neverFails);
    const reopened = sendCall(halfOpen, alwaysFails);
    expect(reopened.state).toBe('open');
    expect(reopened.log[0]).toMatchObject({ outcome: 'failed', from: 'half-open', to: 'open', trial: true });
    expect(reopened.openedAt).toBe(halfOpen.now);
    expect(openRemaining(reopened, alwaysFails)).toBe(4);
    expect(sendCall(reopened, neverFails).log[0]?.outcome).toBe('rejected');
  });

  it('replays the same run from the same seed, and a different one from another seed', () => {
    const half = settings({ failureRate: 50 });
    const outcomes = (seed: number) =>
      sendCalls(startRun(seed), half, 40)
        .log.map((c) => c.outcome)
        .join();
    expect(outcomes(7)).toBe(outcomes(7));
    expect(outcomes(7)).not.toBe(outcomes(8));
  });

  it('keeps the log bounded, newest first', () => {
    const run = sendCalls(startRun(1), neverFails, LOG_LIMIT + 10);
    expect(run.log).toHaveLength(LOG_LIMIT);
    expect(run.log[0]?.at).toBe(LOG_LIMIT + 9);
  });
});
