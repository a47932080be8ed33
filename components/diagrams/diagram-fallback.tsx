'use client';

import { useEffect, useRef } from 'react';

/**
 * Draws a diagram in the reader's browser, for the rare build that had neither a cached SVG
 * nor a browser to draw one. Mermaid (about 650 KB gzip) is imported on demand, so only a
 * page that renders this component ever loads it; the box keeps its room meanwhile.
 */
export function DiagramFallback({ id, source, captionId }: { id: string; source: string; captionId?: string }) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    void import('mermaid').then(async ({ default: mermaid }) => {
      const dark = document.documentElement.dataset.theme === 'dark';
      mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict' });
      const { svg } = await mermaid.render(`${id}-svg`, source);
      if (!cancelled && box.current) {
        box.current.innerHTML = svg;
        box.current.setAttribute('aria-busy', 'false');
      }
    });
    return () => {
      cancelled = true;
    };
  }, [id, source]);

  return (
    <div ref={box} className="flex min-h-48 items-center justify-center overflow-x-auto rounded-lg border border-dashed border-line" aria-busy="true" role="img" aria-labelledby={captionId}>
      <span className="text-sm text-muted">Drawing the diagram…</span>
    </div>
  );
}
