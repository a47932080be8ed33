'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useUrlState } from '@/lib/client/use-url-state';

const DEFAULTS = { kind: '', q: '' };

/** Counts as the live region reads them. */
function summary(shown: number, total: number): string {
  if (shown === total) return `${total} links`;
  return shown === 0 ? 'No link matches: clear the filters to see all.' : `${shown} of ${total} links`;
}

/**
 * Filters the server-rendered library in place by kind and text. It only toggles `hidden`
 * on entries the server already rendered, so without JavaScript every link stays visible;
 * the filter lives in the URL (`?kind=video&q=saga`) so it can be shared.
 */
export function LinkFilter({ kinds, total }: { kinds: readonly string[]; total: number }) {
  const allowed = useMemo(() => ({ kind: kinds, q: 'text' as const }), [kinds]);
  const [filter, update] = useUrlState(DEFAULTS, allowed);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const needle = filter.q.trim().toLowerCase();
    let shown = 0;
    document.querySelectorAll<HTMLElement>('[data-library-entry]').forEach((entry) => {
      entry.hidden = Boolean(
        (filter.kind && entry.dataset.kind !== filter.kind) || (needle && !(entry.dataset.text ?? '').includes(needle)),
      );
      if (!entry.hidden) shown += 1;
    });
    document.querySelectorAll<HTMLElement>('[data-library-topic]').forEach((topic) => {
      topic.hidden = !topic.querySelector('[data-library-entry]:not([hidden])');
    });
    if (status.current) status.current.textContent = summary(shown, total);
  }, [filter, total]);

  return (
    <form
      role="search"
      aria-label="Filter the reading list"
      className="mt-6 flex flex-wrap items-end gap-4"
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="flex flex-col text-sm">
        <span className="font-medium">Kind</span>
        <select
          name="kind"
          value={filter.kind}
          onChange={(e) => update({ kind: e.target.value })}
          className="mt-1 rounded-md border border-line bg-surface px-3 py-2 text-ink"
        >
          <option value="">All kinds</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-[16rem] flex-1 flex-col text-sm">
        <span className="font-medium">Text</span>
        <input
          name="q"
          type="search"
          value={filter.q}
          onChange={(e) => update({ q: e.target.value })}
          placeholder="Title, note or topic"
          className="mt-1 rounded-md border border-line bg-surface px-3 py-2 text-ink"
        />
      </label>
      <p ref={status} aria-live="polite" className="w-full text-sm text-muted">
        {summary(total, total)}
      </p>
    </form>
  );
}
