'use client';

import { type ReactNode, useId } from 'react';
import { type LatencyResult, STRATEGY_ANSWERS, STRATEGY_LABELS, compareStrategies } from '@/lib/simulators/saga-latency';
import { useUrlState } from '@/lib/client/use-url-state';
import { useHydrated } from './hooks';
import { NumberField } from './number-field';

const DEFAULTS = { services: 3, call: 100, fail: 3 };
const RANGES = { services: { min: 1, max: 10 }, call: { min: 1, max: 5000 }, fail: { min: 0, max: 10 } } as const;

/**
 * The saga latency table made adjustable. Until the script runs it shows `children`, the
 * server-rendered table for three services of 100 ms, so the note reads the same without it.
 */
export function SagaLatencySimulator({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  const [settings, update] = useUrlState(DEFAULTS, RANGES);
  const selectId = useId();
  if (!hydrated) return children;

  const { services, call } = settings;
  const failingStep = Math.min(settings.fail, services);
  const happy = compareStrategies({ services, callMs: call });
  const failing = failingStep === 0 ? undefined : compareStrategies({ services, callMs: call, failingStep });
  const scale = Math.max(...[...happy, ...(failing ?? [])].map((r) => r.settledMs), 1);
  const summary = happy
    .map(
      (r, i) =>
        `${STRATEGY_LABELS[r.strategy]}: ${r.answerMs} ms${failing ? `, ${failing[i]!.answerMs} ms when step ${failingStep} fails` : ''}`,
    )
    .join('; ');

  return (
    <section
      aria-label="Saga latency simulator"
      data-simulator="saga-latency"
      data-ready
      className="not-prose my-6 rounded-lg border border-line p-4"
    >
      <fieldset className="grid gap-2 sm:grid-cols-3 sm:gap-6">
        <legend className="mb-2 font-semibold">The saga</legend>
        <NumberField label="Services" value={services} range={RANGES.services} onChange={(value) => update({ services: value })} />
        <NumberField label="Time per call (ms)" value={call} range={RANGES.call} onChange={(value) => update({ call: value })} />
        <div className="flex items-center justify-between gap-3">
          <label htmlFor={selectId} className="text-sm">
            Failing step
          </label>
          <select
            id={selectId}
            value={failingStep}
            onChange={(event) => update({ fail: Number(event.target.value) })}
            className="rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
          >
            <option value={0}>none</option>
            {Array.from({ length: services }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                step {i + 1}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <table className="mt-4 w-full text-left text-sm" data-testid="saga-latency-table">
        <caption className="text-left text-xs text-muted">
          {services} {services === 1 ? 'service' : 'services'}, {call} ms per call: how long the caller waits
        </caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-3">
              Strategy
            </th>
            <th scope="col" className="py-1 pr-3">
              All steps succeed
            </th>
            {failing ? (
              <th scope="col" className="py-1">
                Step {failingStep} fails
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {happy.map((result, i) => (
            <tr key={result.strategy} className="border-b border-line last:border-0" data-strategy={result.strategy}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {STRATEGY_LABELS[result.strategy]}
                <span className="block text-xs text-muted">answers {STRATEGY_ANSWERS[result.strategy]}</span>
              </th>
              <td className="py-1 pr-3">
                <output data-testid="saga-happy">{result.answerMs} ms</output>
              </td>
              {failing ? (
                <td className="py-1">
                  <output data-testid="saga-failing">{failing[i]!.answerMs} ms</output>
                  {failing[i]!.settledMs !== failing[i]!.answerMs ? (
                    <span className="text-muted"> (settles at {failing[i]!.settledMs} ms)</span>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <p aria-live="polite" className="sr-only">
        {summary}
      </p>

      <div className="mt-4 space-y-3" aria-hidden="true">
        {happy.map((result, i) => (
          <div key={result.strategy}>
            <p className="text-xs font-semibold">{STRATEGY_LABELS[result.strategy]}</p>
            <Bar label="all succeed" result={result} scale={scale} />
            {failing ? <Bar label={`step ${failingStep} fails`} result={failing[i]!} scale={scale} /> : null}
          </div>
        ))}
        <p className="flex flex-wrap gap-4 text-xs text-muted">
          <span>
            <span className="mr-1 inline-block h-2 w-4 bg-accent align-middle" />
            calls
          </span>
          <span>
            <span className="mr-1 inline-block h-2 w-4 bg-amber-500 align-middle" />
            compensations
          </span>
          <span>
            <span className="mr-1 inline-block h-3 w-0.5 bg-ink align-middle" />
            the caller gets its answer
          </span>
        </p>
      </div>
    </section>
  );
}

/** One run drawn to scale: forward calls, then compensations, and a tick where the caller is answered. */
function Bar({ label, result, scale }: { label: string; result: LatencyResult; scale: number }) {
  const pct = (ms: number) => `${(ms / scale) * 100}%`;
  return (
    <div className="mt-1 grid grid-cols-[6.5rem_1fr] items-center gap-2 text-xs text-muted">
      {label}
      <div className="relative h-3 rounded-sm bg-raised">
        <div className="absolute inset-y-0 left-0 rounded-sm bg-accent" style={{ width: pct(result.forwardMs) }} />
        {result.compensations > 0 ? (
          <div
            className="absolute inset-y-0 bg-amber-500"
            style={{ left: pct(result.forwardMs), width: pct(result.settledMs - result.forwardMs) }}
          />
        ) : null}
        <div className="absolute -inset-y-1 w-0.5 bg-ink" style={{ left: pct(result.answerMs) }} />
      </div>
    </div>
  );
}
