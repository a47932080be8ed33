'use client';

import { useEffect, useState } from 'react';
import {
  type BreakerRun,
  type BreakerSettings,
  type CallOutcome,
  DEFAULT_BREAKER,
  OUTCOME_LABELS,
  STATE_LABELS,
  openRemaining,
  sendCall,
  startRun,
} from '@/lib/simulators/circuit-breaker';
import { randomSeed } from '@/lib/random';
import { BreakerDiagram } from './breaker-diagram';
import { useUrlState } from '@/lib/client/use-url-state';
import { useHydrated, usePrefersReducedMotion } from './hooks';
import { BUTTON, NumberField } from './number-field';

type Settings = BreakerSettings & { seed: number };

const DEFAULTS: Settings = { ...DEFAULT_BREAKER, seed: 1 };
const RANGES = {
  failureRate: { min: 0, max: 100 },
  windowSize: { min: 1, max: 100 },
  failureThreshold: { min: 1, max: 100 },
  openTimeout: { min: 1, max: 60 },
  halfOpenTrials: { min: 1, max: 20 },
  seed: { min: 0, max: 99_999 },
} as const;

/** Real time between two calls of a stream; with reduced motion the stream only crawls. */
const STREAM_MS = 700;
const REDUCED_STREAM_MS = 2500;
const SHOWN_CALLS = 12;

const OUTCOME_CLASSES: Record<CallOutcome, string> = {
  passed: 'text-green-800 dark:text-green-300',
  failed: 'text-red-700 dark:text-red-300',
  rejected: 'text-amber-800 dark:text-amber-300',
};

/** The breaker's settings, with the threshold kept within the window (a larger one could never trip). */
const breakerOf = (settings: Settings): BreakerSettings => ({
  ...settings,
  failureThreshold: Math.min(settings.failureThreshold, settings.windowSize),
});

/** A client calling a flaky service through a circuit breaker, one simulated second per call. */
export function CircuitBreakerSimulator() {
  const [settings, update] = useUrlState(DEFAULTS, RANGES);
  // A new seed starts a new run: the panel below keeps the run and is remounted.
  return <BreakerPanel key={settings.seed} settings={settings} update={update} />;
}

function BreakerPanel({ settings, update }: { settings: Settings; update: (changes: Partial<Settings>) => void }) {
  const [run, setRun] = useState<BreakerRun>(() => startRun(settings.seed));
  const [playing, setPlaying] = useState(false);
  const reducedMotion = usePrefersReducedMotion();
  const hydrated = useHydrated();
  const breaker = breakerOf(settings);

  useEffect(() => {
    if (!playing) return;
    // Restarted whenever a setting changes, so the stream always calls with the latest ones.
    const timer = window.setInterval(
      () => setRun((current) => sendCall(current, breakerOf(settings))),
      reducedMotion ? REDUCED_STREAM_MS : STREAM_MS,
    );
    return () => window.clearInterval(timer);
  }, [playing, reducedMotion, settings]);

  const remaining = openRemaining(run, breaker);
  const last = run.log[0];
  const transition =
    last && last.from !== last.to ? `At ${last.at} s the breaker went from ${STATE_LABELS[last.from]} to ${STATE_LABELS[last.to]}.` : '';
  const counts = { passed: 0, failed: 0, rejected: 0 };
  for (const call of run.log) counts[call.outcome] += 1;

  return (
    <section
      aria-label="Circuit breaker simulator"
      data-simulator="circuit-breaker"
      data-ready={hydrated || undefined}
      className="not-prose my-6 rounded-lg border border-line p-4"
    >
      <div className="grid gap-6 md:grid-cols-2">
        <fieldset className="space-y-2">
          <legend className="mb-2 font-semibold">Service and breaker</legend>
          <NumberField
            label="Service failure rate (%)"
            value={settings.failureRate}
            range={RANGES.failureRate}
            onChange={(failureRate) => update({ failureRate })}
          />
          <NumberField
            label="Window: last N calls counted"
            value={settings.windowSize}
            range={RANGES.windowSize}
            onChange={(windowSize) => update({ windowSize })}
          />
          <NumberField
            label="Failures in the window that trip it"
            value={breaker.failureThreshold}
            range={{ min: 1, max: settings.windowSize }}
            onChange={(failureThreshold) => update({ failureThreshold })}
          />
          <NumberField
            label="Open timeout (s)"
            value={settings.openTimeout}
            range={RANGES.openTimeout}
            onChange={(openTimeout) => update({ openTimeout })}
          />
          <NumberField
            label="Half-open trial calls"
            value={settings.halfOpenTrials}
            range={RANGES.halfOpenTrials}
            onChange={(halfOpenTrials) => update({ halfOpenTrials })}
          />
        </fieldset>
        <div>
          <BreakerDiagram current={run.state} />
          <p className="mt-2 text-sm">
            State:{' '}
            <output data-testid="breaker-state" className="font-semibold">
              {STATE_LABELS[run.state]}
            </output>
            <span className="text-muted">
              {' '}
              · time {run.now} s
              {remaining === undefined ? '' : remaining > 0 ? ` · trial call allowed in ${remaining} s` : ' · the next call is a trial'}
              {run.state === 'half-open' ? ` · ${run.trialSuccesses} of ${breaker.halfOpenTrials} trial successes` : ''}
            </span>
          </p>
        </div>
      </div>

      <div role="group" aria-label="Requests" className="mt-4 flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={() => setRun((current) => sendCall(current, breaker))}>
          Send one request
        </button>
        <button type="button" className={BUTTON} aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
          {playing ? 'Pause stream' : 'Play stream'}
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => {
            setPlaying(false);
            setRun(startRun(settings.seed));
          }}
        >
          Reset
        </button>
        <button type="button" className={BUTTON} onClick={() => update({ seed: randomSeed() })}>
          New seed
        </button>
        <span className="text-sm text-muted">
          seed {settings.seed}
          {reducedMotion ? ' · reduced motion: the stream sends one call every 2.5 s' : ''}
        </span>
      </div>

      <p aria-live="polite" className="sr-only">
        {transition}
      </p>

      {/* h3: the simulator sits in an h2 section ("Try it"), and a skipped level confuses heading navigation. */}
      <h3 className="mt-4 text-sm font-semibold">
        Calls, newest first{' '}
        <span className="font-normal text-muted">
          (last {run.log.length}: {counts.passed} passed, {counts.failed} failed, {counts.rejected} rejected fast)
        </span>
      </h3>
      {run.log.length === 0 ? (
        <p className="mt-1 text-sm text-muted">No calls yet: send a request or play the stream.</p>
      ) : (
        <ol className="mt-1 space-y-0.5 font-mono text-xs" aria-label="Call log" data-testid="breaker-log">
          {run.log.slice(0, SHOWN_CALLS).map((call) => (
            <li key={call.at} className="flex gap-3">
              <span className="w-12 shrink-0 text-right text-muted">{call.at} s</span>
              <span className={`w-28 shrink-0 font-semibold ${OUTCOME_CLASSES[call.outcome]}`}>{OUTCOME_LABELS[call.outcome]}</span>
              <span className="w-10 shrink-0 text-muted">{call.trial ? 'trial' : ''}</span>
              <span className="text-muted">
                {call.from === call.to ? STATE_LABELS[call.to] : `${STATE_LABELS[call.from]} → ${STATE_LABELS[call.to]}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
