/**
 * A circuit breaker as a pure state machine on simulated time, so a run is instant to test
 * and replays exactly from its seed.
 *
 * - Closed counts failures in a count-based window: the outcomes of the last `windowSize`
 *   calls. When `failureThreshold` of them failed, it trips to Open.
 * - Open rejects every call at once. The timer starts when it opens; the first call after
 *   `openTimeout` seconds moves it to Half-Open and goes through as a trial (the transition
 *   is lazy, as in Resilience4j's default, so nothing happens while nobody calls).
 * - Half-Open lets trial calls through: `halfOpenTrials` successes in a row close it; any
 *   failure reopens it and restarts the timer.
 *
 * Every call, rejected or not, advances the clock by one second and draws one random number,
 * so the service's luck does not depend on what the breaker did.
 */
import { nextRandom } from '../random';

export type BreakerState = 'closed' | 'open' | 'half-open';
export type CallOutcome = 'passed' | 'failed' | 'rejected';

export const STATE_LABELS: Record<BreakerState, string> = { closed: 'Closed', open: 'Open', 'half-open': 'Half-Open' };
export const OUTCOME_LABELS: Record<CallOutcome, string> = { passed: 'passed', failed: 'failed', rejected: 'rejected fast' };

export interface BreakerSettings {
  /** Percentage of calls the service fails, 0 to 100. */
  failureRate: number;
  /** How many recent calls Closed remembers. */
  windowSize: number;
  /** Failures among those calls that trip the breaker. */
  failureThreshold: number;
  /** Seconds Open waits before it lets a trial call through. */
  openTimeout: number;
  /** Consecutive successful trial calls that close it again. */
  halfOpenTrials: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { failureRate: 20, windowSize: 10, failureThreshold: 5, openTimeout: 5, halfOpenTrials: 3 };

export interface CallRecord {
  /** Simulated second at which the call was made. */
  at: number;
  outcome: CallOutcome;
  /** The state the call met, and the state after it. */
  from: BreakerState;
  to: BreakerState;
  /** Let through by a Half-Open breaker (including the first call after the timeout). */
  trial: boolean;
}

export interface BreakerRun {
  now: number;
  state: BreakerState;
  /** Closed: recent outcomes, `true` for a failure, oldest first. */
  window: boolean[];
  /** Open: when the timer started. */
  openedAt: number;
  /** Half-Open: successful trials so far. */
  trialSuccesses: number;
  /** The random source's state. */
  random: number;
  /** Newest first, at most LOG_LIMIT entries. */
  log: CallRecord[];
  calls: number;
}

export const LOG_LIMIT = 50;

export function startRun(seed: number): BreakerRun {
  return { now: 0, state: 'closed', window: [], openedAt: 0, trialSuccesses: 0, random: seed | 0, log: [], calls: 0 };
}

/** Seconds until an Open breaker lets a trial through (0 once due); undefined when not Open. */
export function openRemaining(run: BreakerRun, settings: BreakerSettings): number | undefined {
  return run.state === 'open' ? Math.max(0, run.openedAt + settings.openTimeout - run.now) : undefined;
}

/** Sends one call through the breaker at the current second, then moves the clock on. */
export function sendCall(run: BreakerRun, settings: BreakerSettings): BreakerRun {
  const draw = nextRandom(run.random);
  const serviceFails = draw.value * 100 < settings.failureRate;
  const from = run.state;
  const next: BreakerRun = { ...run, random: draw.state, now: run.now + 1, calls: run.calls + 1 };
  let state: BreakerState = from;
  if (state === 'open' && run.now - run.openedAt >= settings.openTimeout) {
    state = 'half-open';
    next.trialSuccesses = 0;
  }

  const trial = state === 'half-open';
  let outcome: CallOutcome;
  if (state === 'open') {
    outcome = 'rejected';
  } else if (state === 'half-open') {
    outcome = serviceFails ? 'failed' : 'passed';
    if (serviceFails) {
      state = 'open';
      next.openedAt = run.now;
    } else {
      next.trialSuccesses += 1;
      if (next.trialSuccesses >= settings.halfOpenTrials) {
        state = 'closed';
        next.window = [];
      }
    }
  } else {
    outcome = serviceFails ? 'failed' : 'passed';
    next.window = [...run.window, serviceFails].slice(-settings.windowSize);
    if (next.window.filter(Boolean).length >= settings.failureThreshold) {
      state = 'open';
      next.openedAt = run.now;
      next.window = [];
    }
  }

  next.state = state;
  next.log = [{ at: run.now, outcome, from, to: state, trial }, ...run.log].slice(0, LOG_LIMIT);
  return next;
}

/** Sends `count` calls, one a second: what a steady stream does. */
export function sendCalls(run: BreakerRun, settings: BreakerSettings, count: number): BreakerRun {
  let current = run;
  for (let i = 0; i < count; i += 1) current = sendCall(current, settings);
  return current;
}
