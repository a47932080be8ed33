'use client';

import { useEffect, useRef, useState } from 'react';
import { drawInBrowser, type BrowserDiagram } from '@/lib/diagrams/draw-in-browser';

/**
 * Draws a diagram in the reader's browser, for the rare build that had neither a cached SVG
 * nor a browser to draw one (see draw-in-browser.ts); the box keeps its room meanwhile, and
 * says so in words when the diagram cannot be drawn.
 */
export function DiagramFallback({ diagram }: { diagram: BrowserDiagram }) {
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    void drawInBrowser(diagram, { dark: document.documentElement.dataset.theme === 'dark' }).then((outcome) => {
      if (cancelled || !box.current) return;
      if (outcome.error !== undefined) setError(outcome.error);
      else {
        box.current.innerHTML = outcome.svg;
        box.current.setAttribute('aria-busy', 'false');
      }
    });
    return () => {
      cancelled = true;
    };
  }, [diagram]);

  if (error) {
    return (
      <div className="flex min-h-48 items-center justify-center rounded-lg border border-dashed border-line p-4" data-diagram-error>
        <span className="text-sm text-muted">{error}</span>
      </div>
    );
  }
  return (
    <div
      ref={box}
      className="flex min-h-48 items-center justify-center overflow-x-auto rounded-lg border border-dashed border-line"
      aria-busy="true"
      role="img"
      aria-labelledby={diagram.captionId}
    >
      <span className="text-sm text-muted">Drawing the diagram…</span>
    </div>
  );
}
