'use client';

import Link from 'next/link';
import { useMemo, type ReactNode } from 'react';
import { useUrlState } from '@/lib/client/use-url-state';
import { noteHref } from '@/lib/content/paths';
import { selectionOf, variantOf } from '@/lib/sagas/selection';
import { DIMENSIONS, SETTING_LABELS, SETTINGS, sagaCode, type SagaVariant } from '@/lib/sagas/variants';

const DIMENSION_NAMES = { communication: 'Communication', consistency: 'Consistency', coordination: 'Coordination' } as const;

/**
 * Three radio groups that pick one of the wiki's variant notes and show it at once. Each
 * variant's panel (ratings and happy-path diagram) is rendered on the server and only shown or
 * hidden here. A combination no note describes stays choosable, and says so. Before hydration,
 * and without JavaScript, the controls are disabled: the matrix below links to every variant.
 * `variants` is never empty: the page does not exist without them.
 */
export function SagaExplorer({ variants, panels }: { variants: readonly SagaVariant[]; panels: Record<string, ReactNode> }) {
  // A missing or unknown setting falls back to the first variant's (the Epic Saga's, when it exists).
  const defaults = useMemo(() => selectionOf(variants[0]!), [variants]);
  const [selection, choose, ready] = useUrlState(defaults, SETTINGS);
  const variant = variantOf(variants, selection);

  // minmax(0, …): the wide content of the result must scroll in its own box, not widen the page at 390 px.
  return (
    <div className="mt-8 grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <form aria-label="Saga settings" onSubmit={(event) => event.preventDefault()} className="grid content-start gap-4">
        {DIMENSIONS.map((dimension) => (
          <fieldset key={dimension} disabled={!ready} className="rounded-lg border border-line p-3">
            <legend className="px-1 font-semibold">{DIMENSION_NAMES[dimension]}</legend>
            {SETTINGS[dimension].map((value) => (
              <label key={value} className="flex cursor-pointer items-center gap-2 py-1">
                <input
                  type="radio"
                  name={dimension}
                  value={value}
                  checked={selection[dimension] === value}
                  onChange={() => choose({ [dimension]: value })}
                  className="accent-[var(--accent)]"
                />
                {(SETTING_LABELS[dimension] as Record<string, string>)[value]}
                {variantOf(variants, { ...selection, [dimension]: value }) ? null : <span className="text-xs text-muted">(no note)</span>}
              </label>
            ))}
          </fieldset>
        ))}
        {ready ? null : <p className="text-sm text-muted">Choosing needs JavaScript; the matrix below links to every variant.</p>}
      </form>
      <section aria-labelledby="saga-name" aria-live="polite" className="rounded-lg border border-line p-4">
        <h2 id="saga-name" data-testid="saga-name" className="text-2xl font-semibold">
          {variant ? variant.name : 'No note for this combination'}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {SETTING_LABELS.communication[selection.communication]}, {SETTING_LABELS.consistency[selection.consistency].toLowerCase()},{' '}
          {SETTING_LABELS.coordination[selection.coordination].toLowerCase()} ({sagaCode(selection)})
        </p>
        {Object.entries(panels).map(([slug, panel]) => (
          <div key={slug} hidden={slug !== variant?.slug} data-saga-panel={slug}>
            {panel}
          </div>
        ))}
        {variant ? (
          <Link
            href={noteHref(variant.slug)}
            prefetch={false}
            className="mt-4 inline-block font-medium text-accent underline underline-offset-2"
            data-testid="saga-link"
          >
            Read the {variant.name} note
          </Link>
        ) : (
          <p className="mt-4 text-muted">This wiki has no note on this variant yet. Choose a setting without “(no note)” beside it.</p>
        )}
      </section>
    </div>
  );
}
