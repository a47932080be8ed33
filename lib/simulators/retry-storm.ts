/**
 * Many clients against a service that is down for a while and then recovers with limited
 * capacity: the scenario in which backoff and jitter matter.
 *
 * Every client calls at time 0 and keeps retrying until it succeeds. A call takes one round
 * trip (`stepMs`); a client that fails sleeps its backoff delay and calls again, so with no
 * backoff it calls once a step. Until `outageMs` every call fails. After that the service
 * serves `capacity` calls per step, first come first served, and fails the rest, which is
 * what makes clients that retry in step with each other keep colliding.
 */
import { type BackoffParams, type BackoffStrategy, BACKOFF_STRATEGIES, backoffDelay } from './backoff';
import { createRandom } from '../random';

export interface StormSettings extends BackoffParams {
  strategy: BackoffStrategy;
  clients: number;
  seed: number;
}

export interface StormScenario {
  /** Length of a time step and of a call's round trip, ms. */
  stepMs: number;
  /** The service fails every call before this time, ms. */
  outageMs: number;
  /** Calls the recovered service can serve per step. */
  capacity: number;
  /** The simulation stops here even if clients are still retrying, ms. */
  horizonMs: number;
}

export const SCENARIO: StormScenario = { stepMs: 100, outageMs: 2000, capacity: 10, horizonMs: 120_000 };

export interface StormResult {
  /** Calls the service received in each step, from time 0. */
  callsPerStep: number[];
  totalCalls: number;
  succeeded: number;
  /** When the last successful client got its answer, ms; undefined if none did. */
  lastSuccessMs: number | undefined;
}

interface PendingCall {
  at: number;
  client: number;
}

interface ClientState {
  retries: number;
  previousDelay: number;
}

export function simulateStorm(settings: StormSettings, scenario: StormScenario = SCENARIO): StormResult {
  const { stepMs, outageMs, capacity, horizonMs } = scenario;
  const random = createRandom(settings.seed);
  const clients: ClientState[] = Array.from({ length: settings.clients }, () => ({ retries: 0, previousDelay: settings.base }));
  // Calls grouped by step. A retry always lands in a later step (it waits at least one round
  // trip), so steps can be processed in order, each one sorted by time.
  const steps = new Map<number, PendingCall[]>([[0, clients.map((_, client) => ({ at: 0, client }))]]);
  const callsPerStep: number[] = [];
  let succeeded = 0;
  let lastSuccessMs: number | undefined;

  for (let step = 0; steps.size > 0 && step * stepMs < horizonMs; step += 1) {
    const calls = (steps.get(step) ?? []).sort((a, b) => a.at - b.at || a.client - b.client);
    steps.delete(step);
    callsPerStep.push(calls.length);
    let served = 0;
    for (const call of calls) {
      if (call.at >= outageMs && served < capacity) {
        served += 1;
        succeeded += 1;
        lastSuccessMs = Math.max(lastSuccessMs ?? 0, call.at + stepMs);
        continue;
      }
      const client = clients[call.client]!;
      const delay = backoffDelay(settings.strategy, client.retries, client.previousDelay, settings, random);
      client.retries += 1;
      client.previousDelay = delay;
      const at = call.at + stepMs + delay;
      const target = Math.floor(at / stepMs);
      const later = steps.get(target);
      if (later) later.push({ at, client: call.client });
      else steps.set(target, [{ at, client: call.client }]);
    }
  }
  while (callsPerStep.length > 0 && callsPerStep.at(-1) === 0) callsPerStep.pop();
  const totalCalls = callsPerStep.reduce((sum, n) => sum + n, 0);
  return { callsPerStep, totalCalls, succeeded, lastSuccessMs };
}

/** The same run under every strategy, for a side-by-side comparison. */
export function compareStorms(settings: Omit<StormSettings, 'strategy'>, scenario: StormScenario = SCENARIO) {
  return BACKOFF_STRATEGIES.map((strategy) => ({ strategy, ...simulateStorm({ ...settings, strategy }, scenario) }));
}

/** Merges steps so a chart has at most `maxBars` bars; returns the bars and the ms each covers. */
export function rebin(callsPerStep: number[], stepMs: number, maxBars: number): { bars: number[]; barMs: number } {
  const factor = Math.max(1, Math.ceil(callsPerStep.length / maxBars));
  const bars: number[] = [];
  for (let i = 0; i < callsPerStep.length; i += factor) bars.push(callsPerStep.slice(i, i + factor).reduce((a, b) => a + b, 0));
  return { bars, barMs: stepMs * factor };
}
