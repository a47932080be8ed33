/**
 * How long a caller waits, and when a saga settles, for three ways of running its steps, as
 * *Software Architecture: The Hard Parts* (ch. 12) describes them. Three calls of time x take
 * 3x in sequence, and 5x when the last fails and two compensations run before the answer
 * (Epic). Independent steps sent at once take 1x (Fantasy Fiction). Fairy Tale calls in
 * sequence like Epic but owes the caller no atomic outcome: it answers once the forward calls
 * are done, or at the step that failed, and compensates afterwards, so the wait stays 3x.
 * The Fairy Tale note's diagrams and `saga-pattern` describe this same model.
 */
export type LatencyStrategy = 'sequential' | 'parallel' | 'early-return';

export interface LatencyInput {
  /** Services the saga calls, at least 1. */
  services: number;
  /** Time of one call (and of one compensation), in ms. */
  callMs: number;
  /** 1-based step that fails, or undefined for the happy path. */
  failingStep?: number;
}

export interface LatencyResult {
  strategy: LatencyStrategy;
  /** Until the caller gets its answer. */
  answerMs: number;
  /** Until every step and compensation has finished. */
  settledMs: number;
  /** Until the forward calls have finished; compensations, if any, run from here to settledMs. */
  forwardMs: number;
  calls: number;
  compensations: number;
}

export const STRATEGY_LABELS: Record<LatencyStrategy, string> = {
  sequential: 'Sequential synchronous calls (Epic)',
  parallel: 'Parallel calls, independent steps (Fantasy Fiction)',
  'early-return': 'Early return (Fairy Tale)',
};

/** When the caller hears back under each strategy: the one model the saga notes share. */
export const STRATEGY_ANSWERS: Record<LatencyStrategy, string> = {
  sequential: 'after every call, and after every compensation when a step fails',
  parallel: 'after the slowest call, and after a round of compensations when a step fails',
  'early-return': 'after the forward calls, or at the step that fails; compensations run after the answer',
};

export function sagaLatency(strategy: LatencyStrategy, input: LatencyInput): LatencyResult {
  const n = Math.max(1, Math.floor(input.services));
  const t = Math.max(0, input.callMs);
  const failing = input.failingStep === undefined ? undefined : Math.min(n, Math.max(1, Math.floor(input.failingStep)));

  if (strategy === 'parallel') {
    // Every call starts at once; on failure the others are compensated together, one more x.
    const compensations = failing === undefined ? 0 : n - 1;
    const total = failing === undefined ? t : 2 * t;
    return { strategy, answerMs: total, settledMs: total, forwardMs: t, calls: n, compensations };
  }

  const calls = failing ?? n;
  const compensations = failing === undefined ? 0 : failing - 1;
  const settledMs = (calls + compensations) * t;
  // Sequential atomic work undoes before answering; an early return answers, then undoes.
  const answerMs = strategy === 'sequential' ? settledMs : calls * t;
  return { strategy, answerMs, settledMs, forwardMs: calls * t, calls, compensations };
}

export function compareStrategies(input: LatencyInput): LatencyResult[] {
  return (Object.keys(STRATEGY_LABELS) as LatencyStrategy[]).map((s) => sagaLatency(s, input));
}
