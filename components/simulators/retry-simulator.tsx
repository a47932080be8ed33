'use client';

import { useId, useMemo } from 'react';
import { BACKOFF_LABELS, BACKOFF_STRATEGIES, type BackoffStrategy } from '@/lib/simulators/backoff';
import { randomSeed } from '@/lib/random';
import { SCENARIO, compareStorms } from '@/lib/simulators/retry-storm';
import { CallsChart, seconds } from './calls-chart';
import { useUrlState } from '@/lib/client/use-url-state';
import { useHydrated } from './hooks';
import { BUTTON, NumberField } from './number-field';

const DEFAULTS = { strategy: 'exponential' as BackoffStrategy, base: 100, cap: 5000, clients: 100, seed: 1 };
const RANGES = {
  strategy: BACKOFF_STRATEGIES,
  base: { min: 10, max: 2000 },
  cap: { min: 100, max: 60_000 },
  clients: { min: 10, max: 200 },
  seed: { min: 0, max: 99_999 },
} as const;

/** When the last client got through, or a note that some were still retrying when the simulation stopped. */
const lastSuccess = (run: { succeeded: number; lastSuccessMs: number | undefined }, clients: number) =>
  run.succeeded < clients || run.lastSuccessMs === undefined ? `not all within ${seconds(SCENARIO.horizonMs)}` : seconds(run.lastSuccessMs);

/** Many clients retrying against a service that is down for two seconds, under the chosen backoff. */
export function RetrySimulator() {
  const [settings, update] = useUrlState(DEFAULTS, RANGES);
  const name = useId();
  const hydrated = useHydrated();
  const { strategy, base, cap, clients, seed } = settings;
  // All five strategies on the same seed: the comparison table and the chosen run in one pass.
  const runs = useMemo(() => compareStorms({ base, cap, clients, seed }), [base, cap, clients, seed]);
  const run = runs.find((r) => r.strategy === strategy) ?? runs[0]!;
  const outcome =
    run.succeeded < clients
      ? `${run.succeeded} of ${clients} clients got through within ${seconds(SCENARIO.horizonMs)}`
      : `the last client succeeded at ${lastSuccess(run, clients)}`;
  const summary = `${BACKOFF_LABELS[run.strategy]}: ${run.totalCalls} calls in total; ${outcome}.`;

  return (
    <section
      aria-label="Retry simulator"
      data-simulator="retries"
      data-ready={hydrated || undefined}
      className="not-prose my-6 rounded-lg border border-line p-4"
    >
      <div className="grid gap-6 md:grid-cols-2">
        <fieldset>
          <legend className="mb-2 font-semibold">Backoff</legend>
          {BACKOFF_STRATEGIES.map((option) => (
            <label key={option} className="flex items-center gap-2 py-0.5 text-sm">
              <input type="radio" name={name} value={option} checked={option === strategy} onChange={() => update({ strategy: option })} />
              {BACKOFF_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-2 font-semibold">Clients and delays</legend>
          <NumberField label="Base delay (ms)" value={base} range={RANGES.base} onChange={(value) => update({ base: value })} />
          <NumberField label="Cap on the delay (ms)" value={cap} range={RANGES.cap} onChange={(value) => update({ cap: value })} />
          <NumberField label="Clients" value={clients} range={RANGES.clients} onChange={(value) => update({ clients: value })} />
          <div className="flex items-center justify-between gap-3 text-sm">
            <span className="text-muted">seed {seed}</span>
            <button type="button" className={BUTTON} onClick={() => update({ seed: randomSeed() })}>
              New seed
            </button>
          </div>
        </fieldset>
      </div>

      <dl className="mt-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted">Total calls</dt>
          <dd>
            <output data-testid="retry-total" className="text-lg font-semibold">
              {run.totalCalls}
            </output>
          </dd>
        </div>
        <div>
          <dt className="text-muted">Last client succeeded at</dt>
          <dd>
            <output data-testid="retry-last" className="text-lg font-semibold">
              {lastSuccess(run, clients)}
            </output>
          </dd>
        </div>
        <div>
          <dt className="text-muted">Clients that got through</dt>
          <dd>
            <output className="text-lg font-semibold">
              {run.succeeded} of {clients}
            </output>
          </dd>
        </div>
      </dl>
      <p aria-live="polite" className="sr-only">
        {summary}
      </p>

      <CallsChart
        callsPerStep={run.callsPerStep}
        stepMs={SCENARIO.stepMs}
        outageMs={SCENARIO.outageMs}
        summary={`Calls per time step. ${summary}`}
      />

      <table className="mt-4 w-full text-left text-sm" data-testid="retry-comparison">
        <caption className="text-left text-xs text-muted">The same clients and seed under every strategy</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1">
              Strategy
            </th>
            <th scope="col" className="py-1">
              Total calls
            </th>
            <th scope="col" className="py-1">
              Last success
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr
              key={r.strategy}
              className={r.strategy === strategy ? 'bg-raised font-semibold' : undefined}
              aria-current={r.strategy === strategy || undefined}
            >
              <th scope="row" className="py-1 font-normal">
                {BACKOFF_LABELS[r.strategy]}
              </th>
              <td className="py-1">{r.totalCalls}</td>
              <td className="py-1">{lastSuccess(r, clients)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
