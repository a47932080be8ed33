'use client';

/**
 * The search page's form and results. The URL's `q` is the source of truth: typing
 * replaces it (no history entry per keystroke), and a shared link or a reload shows the
 * same results in the same order as the dialog.
 */
import Link from 'next/link';
import { useId } from 'react';
import { useUrlState } from '@/lib/client/use-url-state';
import { noteHref } from '@/lib/content/paths';
import { Snippet } from './snippet';
import { useSearch } from './use-search';

const DEFAULTS = { q: '' };
const ALLOWED = { q: 'text' } as const;

export function SearchPage({ indexUrl, examples }: { indexUrl: string; examples: readonly string[] }) {
  const [{ q: query }, update] = useUrlState(DEFAULTS, ALLOWED);
  const { status, hits, terms, phrase, engine } = useSearch(indexUrl, query, 30);
  const inputId = useId();
  const trimmed = query.trim();

  return (
    <>
      <form role="search" className="mt-6" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId} className="text-sm text-muted">
          Search notes, sections and acronyms
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={query}
          onChange={(event) => update({ q: event.target.value })}
          placeholder={examples.length ? `e.g. ${examples.join(', ')}` : undefined}
          className="mt-1 block w-full max-w-xl rounded-md border border-line bg-surface px-3 py-2 text-base"
        />
      </form>
      <p role="status" aria-busy={status === 'loading' || status === 'searching'} className="mt-4 text-sm text-muted">
        {status === 'error'
          ? 'Search could not load. Check your connection and reload.'
          : !trimmed
            ? 'Type a word, a phrase or an acronym: results update as you type.'
            : status === 'loading'
              ? 'Loading search…'
              : status === 'searching' && hits.length === 0
                ? 'Searching…'
                : hits.length === 0
                  ? `No results for “${trimmed}”. Try fewer or shorter words, or another name for the idea.`
                  : `${hits.length} ${hits.length === 1 ? 'note' : 'notes'} for “${trimmed}”.`}
      </p>
      <ol data-testid="search-results" className="mt-4 space-y-3">
        {hits.map((hit) => {
          const best = hit.sections[0];
          return (
            <li key={hit.slug}>
              <Link
                href={noteHref(hit.slug, best?.id || undefined)}
                prefetch={false}
                className="block rounded-lg border border-line p-4 no-underline hover:border-accent"
              >
                <span className="font-medium text-ink">{hit.title}</span>
                {best?.heading ? <span className="text-muted"> › {best.heading}</span> : null}
                {best?.text && engine ? (
                  <span className="mt-1 block text-sm text-muted">
                    <Snippet text={best.text} terms={terms} phrase={phrase} encode={engine.encode} />
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </>
  );
}
