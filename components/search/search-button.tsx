'use client';

/**
 * The header's search button: all that search adds to a page's first load. The dialog,
 * flexsearch and the index are fetched only on intent: hovering or focusing the button,
 * clicking it, or pressing Ctrl+K, Cmd+K or `/`.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as DialogModuleType from './search-dialog';

type DialogModule = typeof DialogModuleType;

let dialogModule: Promise<DialogModule> | undefined;
const loadDialog = () => (dialogModule ??= import('./search-dialog'));

/** `/` is a shortcut only where it would not type a character. */
function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function SearchButton({ indexUrl, examples }: { indexUrl: string; examples: readonly string[] }) {
  const [Dialog, setDialog] = useState<DialogModule['SearchDialog']>();
  const [open, setOpen] = useState(false);
  // Keys typed between the shortcut and the dialog's input taking focus would be lost: keep
  // them until the input asks for them (see takeTypedAhead).
  const typedAhead = useRef<string | undefined>(undefined);
  const takeTypedAhead = useCallback(() => {
    const typed = typedAhead.current ?? '';
    typedAhead.current = undefined;
    return typed;
  }, []);

  // Warming up fetches the code and the index; a failure shows in the dialog when it opens.
  const prepare = useCallback(() => {
    void loadDialog().then((module) => module.preloadIndex(indexUrl).catch(() => {}));
  }, [indexUrl]);
  const openDialog = useCallback(() => {
    prepare();
    typedAhead.current ??= '';
    void loadDialog().then(
      (module) => {
        setDialog(() => module.SearchDialog);
        setOpen(true);
      },
      () => {
        typedAhead.current = undefined; // offline: give the keyboard back to the page
      },
    );
  }, [prepare]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (typedAhead.current !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        typedAhead.current += event.key;
        return;
      }
      const isK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
      const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (!isK && !isSlash) return;
      event.preventDefault();
      openDialog();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openDialog]);

  return (
    <>
      <button
        type="button"
        onClick={openDialog}
        onPointerEnter={prepare}
        onFocus={prepare}
        aria-haspopup="dialog"
        data-search-index={indexUrl}
        aria-keyshortcuts="Control+K Meta+K /"
        className="inline-flex h-9 items-center gap-2 rounded-md border border-line px-2.5 text-sm text-muted hover:bg-raised hover:text-ink"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span>Search</span>
        <kbd aria-hidden="true" className="hidden rounded border border-line px-1 font-sans text-xs sm:inline">
          Ctrl K
        </kbd>
      </button>
      {Dialog && open ? (
        <Dialog indexUrl={indexUrl} examples={examples} takeTypedAhead={takeTypedAhead} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
