'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';

type State = 'idle' | 'copied' | 'failed';

/**
 * Copies the code of the block it sits in. The accessible name stays "Copy code"; the outcome
 * shows on the button (wide enough for either word, so nothing moves) and is announced by a
 * status region for screen readers.
 */
export function CopyButton() {
  const [state, setState] = useState<State>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async (event: MouseEvent<HTMLButtonElement>) => {
    const code = event.currentTarget.closest('[data-code-block]')?.querySelector('pre code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      setState('copied');
    } catch {
      // No clipboard (an insecure origin, a denied permission): say so rather than pretend.
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  };

  return (
    <>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'Could not copy: select the code and press Ctrl+C' : ''}
      </span>
      <button type="button" className="code-copy" aria-label="Copy code" data-state={state} onClick={copy}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="code-copy-icon">
          {state === 'copied' ? <path d="M20 6L9 17l-5-5" /> : <path d="M8 8h12v12H8zM16 8V4H4v12h4" />}
        </svg>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Failed' : 'Copy'}
      </button>
    </>
  );
}
