'use client';

import { useEffect, useRef } from 'react';

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
  const form = useRef<HTMLFormElement>(null);
  const status = useRef<HTMLParagraphElement>(null);

  const apply = () => {
    const fields = form.current?.elements;
    const kind = (fields?.namedItem('kind') as HTMLSelectElement | null)?.value ?? '';
    const text = ((fields?.namedItem('q') as HTMLInputElement | null)?.value ?? '').trim();
    const needle = text.toLowerCase();
    let shown = 0;
    document.querySelectorAll<HTMLElement>('[data-library-entry]').forEach((entry) => {
      entry.hidden = Boolean((kind && entry.dataset.kind !== kind) || (needle && !(entry.dataset.text ?? '').includes(needle)));
      if (!entry.hidden) shown += 1;
    });
    document.querySelectorAll<HTMLElement>('[data-library-topic]').forEach((topic) => {
      topic.hidden = !topic.querySelector('[data-library-entry]:not([hidden])');
    });
    if (status.current) status.current.textContent = summary(shown, total);
    const params = new URLSearchParams();
    if (kind) params.set('kind', kind);
    if (text) params.set('q', text);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  };

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const fields = form.current?.elements;
    const kind = fields?.namedItem('kind') as HTMLSelectElement | null;
    const text = fields?.namedItem('q') as HTMLInputElement | null;
    if (kind) kind.value = params.get('kind') ?? '';
    if (text) text.value = params.get('q') ?? '';
    if (params.size) apply();
    // Runs once: it reads a shared link's filter into the fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form ref={form} role="search" aria-label="Filter the reading list" className="mt-6 flex flex-wrap items-end gap-4" onInput={apply} onSubmit={(e) => e.preventDefault()}>
      <label className="flex flex-col text-sm">
        <span className="font-medium">Kind</span>
        <select name="kind" defaultValue="" className="mt-1 rounded-md border border-line bg-surface px-3 py-2 text-ink">
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
        <input name="q" type="search" placeholder="Title, note or topic" className="mt-1 rounded-md border border-line bg-surface px-3 py-2 text-ink" />
      </label>
      <p ref={status} aria-live="polite" className="w-full text-sm text-muted">
        {summary(total, total)}
      </p>
    </form>
  );
}
