'use client';

/**
 * The search dialog, loaded on intent by the header's search button. A native modal
 * <dialog> (focus stays inside, the page behind is inert) holding an ARIA 1.2 combobox:
 * focus stays in the input while arrow keys move `aria-activedescendant` through the
 * listbox, Enter opens the active result at its section, Escape closes.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { noteHref, searchHref } from '@/lib/content/paths';
import type { NoteHit } from '@/lib/search/engine';
import { loadEngine } from './load-engine';
import { Snippet } from './snippet';
import { useSearch } from './use-search';

export { loadEngine as preloadIndex };

interface Option {
  id: string;
  href: string;
  note: NoteHit;
  section: NoteHit['sections'][number];
}

export function SearchDialog({
  indexUrl,
  examples = [],
  takeTypedAhead,
  onClose,
}: {
  indexUrl: string;
  /** Names from this wiki's notes to suggest trying (lib/search/examples.ts). */
  examples?: readonly string[];
  takeTypedAhead?: () => string;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { status, hits, terms, phrase, engine } = useSearch(indexUrl, query, 8);
  const router = useRouter();
  const ids = useId();

  useEffect(() => {
    // Remember where focus was (the button, or the page when a shortcut opened us) to return it.
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    return () => {
      if (element?.open) element.close();
      returnTo?.focus();
    };
  }, []);

  const groups = hits.map((note, n) => ({
    note,
    labelId: `${ids}-note-${n}`,
    options: note.sections.map((section, s): Option => ({
      id: `${ids}-option-${n}-${s}`,
      href: noteHref(note.slug, section.id || undefined),
      note,
      section,
    })),
  }));
  const options = groups.flatMap((g) => g.options);
  const current = options[Math.min(active, options.length - 1)];

  const go = (option: Option | undefined) => {
    if (!option) return;
    onClose();
    router.push(option.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (Math.min(i, options.length - 1) + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(current);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  useEffect(() => {
    if (current) document.getElementById(current.id)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const listboxId = `${ids}-listbox`;
  const trimmed = query.trim();
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${ids}-title`}
      aria-modal="true"
      // The native cancel (Escape) would close the element behind React's back: close through state.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === dialog.current && onClose()}
      className="mx-auto mt-[10vh] w-[min(42rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-0 text-ink shadow-2xl backdrop:bg-black/50"
    >
      <h2 id={`${ids}-title`} className="sr-only">
        Search the notes
      </h2>
      <div className="search-field flex items-center gap-2 rounded-t-xl border-b border-line px-4">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          className="shrink-0 text-muted"
        >
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <input
          autoFocus
          // Whatever was typed while the dialog loaded arrives when the input takes focus.
          onFocus={() => {
            const typed = takeTypedAhead?.();
            if (typed) setQuery((q) => q + typed);
          }}
          // Not type="search": Chrome spends Escape on clearing such a field instead of closing.
          type="text"
          role="combobox"
          aria-label="Search notes"
          aria-expanded={options.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={current?.id}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder="Search notes, sections, acronyms…"
          className="h-14 w-full bg-transparent text-base outline-none placeholder:text-muted"
        />
        <kbd className="rounded border border-line px-1.5 text-xs text-muted">Esc</kbd>
      </div>
      <div className="max-h-[60vh] overflow-y-auto p-2">
        <div id={listboxId} role="listbox" aria-label="Results">
          {groups.map((group) => (
            <div key={group.note.slug} role="group" aria-labelledby={group.labelId} className="mb-2">
              <div id={group.labelId} className="px-3 pb-1 pt-2 text-sm font-semibold">
                {group.note.title} <span className="font-normal text-muted">· {group.note.area}</span>
              </div>
              {group.options.map((option) => (
                <div
                  key={option.id}
                  id={option.id}
                  role="option"
                  aria-selected={option === current}
                  onMouseMove={() => setActive(options.indexOf(option))}
                  onClick={() => go(option)}
                  className={`cursor-pointer rounded-lg px-3 py-2 ${option === current ? 'bg-raised ring-2 ring-accent' : ''}`}
                >
                  <div className="text-sm font-medium">
                    {option.section.heading && engine ? (
                      <Snippet text={option.section.heading} terms={terms} phrase={phrase} encode={engine.encode} />
                    ) : (
                      'Overview'
                    )}
                  </div>
                  {option.section.text && engine ? (
                    <div className="mt-0.5 line-clamp-2 text-sm text-muted">
                      <Snippet text={option.section.text} terms={terms} phrase={phrase} encode={engine.encode} />
                    </div>
                  ) : null}
                </div>
              ))}
            </div>
          ))}
        </div>
        <p role="status" aria-busy={status === 'loading' || status === 'searching'} className="px-3 py-2 text-sm text-muted">
          {status === 'error'
            ? 'Search could not load. Check your connection and try again.'
            : !trimmed
              ? `Type to search titles, acronyms, headings and text.${examples.length ? ` Try ${examples.map((e) => `“${e}”`).join(', ')}.` : ''}`
              : status === 'loading'
                ? 'Loading search…'
                : status === 'searching' && options.length === 0
                  ? 'Searching…'
                  : options.length === 0
                    ? `No results for “${trimmed}”. Try fewer or shorter words, or another name for the idea.`
                    : `${groups.length} ${groups.length === 1 ? 'note' : 'notes'} found. ↑↓ to choose, Enter to open.`}
        </p>
        {trimmed ? (
          <Link href={searchHref(trimmed)} prefetch={false} onClick={onClose} className="block px-3 pb-2 text-sm text-accent">
            Open these results as a page
          </Link>
        ) : null}
      </div>
    </dialog>
  );
}
