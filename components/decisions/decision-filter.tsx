'use client';

import type { ReactNode } from 'react';
import { useUrlState } from '@/lib/client/use-url-state';
import { DECISION_STATUSES, type DecisionStatus } from '@/lib/decisions/log';

// The one way pages keep state in the URL (lib/client/url-state.ts): `?status=accepted`, none for all.
const DEFAULTS = { status: '' };
const ALLOWED = { status: DECISION_STATUSES } as const;

export interface FilterableEntry {
  slug: string;
  status: DecisionStatus;
  /** The entry as the server rendered it; shown or hidden here, never rebuilt. */
  node: ReactNode;
}

/**
 * The log's status filter. The choice lives in the URL (`?status=accepted`), so a copied link
 * opens the same view. Before hydration, and without JavaScript, every entry shows and the
 * choices are disabled.
 */
export function DecisionFilter({ entries }: { entries: readonly FilterableEntry[] }) {
  const [state, update, ready] = useUrlState(DEFAULTS, ALLOWED);
  const status = (state.status || undefined) as DecisionStatus | undefined;
  const shown = entries.filter((e) => !status || e.status === status).length;
  const count = (s: DecisionStatus) => entries.filter((e) => e.status === s).length;
  const choices: [DecisionStatus | undefined, string, number][] = [
    [undefined, 'All', entries.length],
    ...DECISION_STATUSES.map((s): [DecisionStatus, string, number] => [s, s, count(s)]),
  ];

  return (
    <>
      <form aria-label="Filter decisions" onSubmit={(event) => event.preventDefault()} className="mt-6">
        <fieldset disabled={!ready} className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-line p-3">
          <legend className="px-1 font-semibold">Status</legend>
          {choices.map(([value, label, n]) => (
            <label key={label} className="flex cursor-pointer items-center gap-1.5 capitalize">
              <input
                type="radio"
                name="status"
                value={value ?? ''}
                checked={status === value}
                onChange={() => update({ status: value ?? '' })}
                className="accent-[var(--accent)]"
              />
              {label} <span className="text-sm text-muted">({n})</span>
            </label>
          ))}
        </fieldset>
        {ready ? null : <p className="mt-2 text-sm text-muted">Filtering needs JavaScript; every decision is listed below.</p>}
      </form>
      <p aria-live="polite" className="mt-4 text-sm text-muted" data-testid="decision-count">
        {status ? `${shown} of ${entries.length} decisions are ${status}.` : `${entries.length} decisions, newest first.`}
      </p>
      <ol className="mt-6 space-y-8 border-l border-line pl-6" data-testid="decision-log">
        {entries.map((entry) => (
          <li key={entry.slug} hidden={Boolean(status) && entry.status !== status} data-status={entry.status} data-testid="decision-entry">
            {entry.node}
          </li>
        ))}
      </ol>
    </>
  );
}
