import { describe, expect, it } from 'vitest';
import { compareStrategies, sagaLatency } from '@/lib/simulators/saga-latency';

describe('sagaLatency', () => {
  const x = 100;

  it('matches Hard Parts ch. 12 for Epic: 3 sequential calls take 3x, 5x with compensation', () => {
    expect(sagaLatency('sequential', { services: 3, callMs: x }).answerMs).toBe(3 * x);
    expect(sagaLatency('sequential', { services: 3, callMs: x, failingStep: 3 })).toMatchObject({
      answerMs: 5 * x,
      calls: 3,
      compensations: 2,
    });
  });

  it('runs parallel calls in 1x, plus one round of compensation on failure', () => {
    expect(sagaLatency('parallel', { services: 3, callMs: x }).answerMs).toBe(x);
    expect(sagaLatency('parallel', { services: 3, callMs: x, failingStep: 2 })).toMatchObject({ answerMs: 2 * x, compensations: 2 });
  });

  it('answers an early return at 3x even when compensation follows, settling later', () => {
    expect(sagaLatency('early-return', { services: 3, callMs: x, failingStep: 3 })).toMatchObject({ answerMs: 3 * x, settledMs: 5 * x });
  });

  it('calls in sequence under Fairy Tale, like Epic: no faster on the happy path, answered at the failing step', () => {
    // The answer is not early on the happy path: every forward call still blocks in turn.
    expect(sagaLatency('early-return', { services: 3, callMs: x }).answerMs).toBe(
      sagaLatency('sequential', { services: 3, callMs: x }).answerMs,
    );
    // Step 2 fails: the caller hears at 2x, and the one compensation (step 1) runs after it.
    expect(sagaLatency('early-return', { services: 3, callMs: x, failingStep: 2 })).toMatchObject({
      answerMs: 2 * x,
      forwardMs: 2 * x,
      settledMs: 3 * x,
      compensations: 1,
    });
    expect(sagaLatency('sequential', { services: 3, callMs: x, failingStep: 2 }).answerMs).toBe(3 * x);
  });

  it('compares the three strategies in a fixed order and clamps bad input', () => {
    expect(compareStrategies({ services: 0, callMs: -5 }).map((r) => [r.strategy, r.answerMs])).toEqual([
      ['sequential', 0],
      ['parallel', 0],
      ['early-return', 0],
    ]);
  });
});

describe('forward calls and compensations', () => {
  it('splits a failing run into the forward calls and the compensations after them', () => {
    expect(sagaLatency('sequential', { services: 4, callMs: 50, failingStep: 3 })).toMatchObject({ forwardMs: 150, settledMs: 250 });
    expect(sagaLatency('parallel', { services: 4, callMs: 50, failingStep: 3 })).toMatchObject({ forwardMs: 50, settledMs: 100 });
    expect(sagaLatency('early-return', { services: 4, callMs: 50 })).toMatchObject({ forwardMs: 200, settledMs: 200, answerMs: 200 });
  });
});
