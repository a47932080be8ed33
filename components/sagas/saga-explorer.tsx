'use client';

import Link from 'next/link';
import { useSyncExternalStore, type ReactNode } from 'react';
import { replaceQuery, subscribeToQuery } from '@/lib/client/query-string';
import { noteHref } from '@/lib/content/paths';
import { DIMENSIONS, queryOf, selectionFromQuery, variantOf, type SagaSelection } from '@/lib/sagas/selection';
import { SETTING_LABELS } from '@/lib/sagas/variants';

const DIMENSION_NAMES = { communication: 'Communication', consistency: 'Consistency', coordination: 'Coordination' } as const;

/**
 * Three radio groups that pick one of the eight variants and show it at once. Each variant's
 * panel (ratings and happy-path diagram) is rendered on the server and only shown or hidden
 * here. Before hydration, and without JavaScript, the controls are disabled: the matrix below
 * links to every variant.
 */
export function SagaExplorer({ panels }: { panels: Record<string, ReactNode> }) {
  const search = useSyncExternalStore<string | null>(subscribeToQuery, () => location.search, () => null);
  const ready = search !== null;
  const selection = selectionFromQuery(search ?? '');
  const variant = variantOf(selection);

  const choose = (change: Partial<SagaSelection>) => {
    replaceQuery(queryOf({ ...selection, ...change }));
  };

  // minmax(0, …): the wide content of the result must scroll in its own box, not widen the page at 390 px.
  return (
    <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <form aria-label="Saga settings" onSubmit={(event) => event.preventDefault()} className="grid content-start gap-4">
        {DIMENSIONS.map((dimension) => (
          <fieldset key={dimension} disabled={!ready} className="rounded-lg border border-line p-3">
            <legend className="px-1 font-semibold">{DIMENSION_NAMES[dimension]}</legend>
            {Object.entries(SETTING_LABELS[dimension]).map(([value, label]) => (
              <label key={value} className="flex cursor-pointer items-center gap-2 py-1">
                <input type="radio" name={dimension} value={value} checked={selection[dimension] === value} onChange={() => choose({ [dimension]: value })} className="accent-[var(--accent)]" />
                {label}
              </label>
            ))}
          </fieldset>
        ))}
        {ready ? null : <p className="text-sm text-muted">Choosing needs JavaScript; the matrix below links to every variant.</p>}
      </form>
      <section aria-labelledby="saga-name" aria-live="polite" className="rounded-lg border border-line p-4">
        <h2 id="saga-name" data-testid="saga-name" className="text-2xl font-semibold">
          {variant.name}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {SETTING_LABELS.communication[variant.communication]}, {SETTING_LABELS.consistency[variant.consistency].toLowerCase()}, {SETTING_LABELS.coordination[variant.coordination].toLowerCase()} ({variant.code})
        </p>
        {Object.entries(panels).map(([slug, panel]) => (
          <div key={slug} hidden={slug !== variant.slug} data-saga-panel={slug}>
            {panel}
          </div>
        ))}
        <Link href={noteHref(variant.slug)} prefetch={false} className="mt-4 inline-block font-medium text-accent underline underline-offset-2" data-testid="saga-link">
          Read the {variant.name} note
        </Link>
      </section>
    </div>
  );
}
