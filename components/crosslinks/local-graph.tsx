'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';

const LocalGraphView = lazy(() => import('./local-graph-view'));

/** Wide screens have room for the graph, so it opens there; small screens keep it collapsed. */
const WIDE = '(min-width: 1024px)';

/**
 * The note's neighbourhood graph in a <details>. The drawing code and its data load only once
 * the section is open and near the viewport, which is after the page is interactive and, on a
 * page the reader leaves early, not at all. The box keeps the graph's height while it loads.
 */
export function LocalGraph({ slug, title, basePath }: { slug: string; title: string; basePath: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (details.current && window.matchMedia(WIDE).matches) details.current.open = true;
  }, []);
  useEffect(() => {
    if (!open || near || !box.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '200px' });
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [open, near]);
  return (
    <details
      ref={details}
      data-testid="local-graph"
      className="mt-12 border-t border-line pt-8"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-xl font-semibold">Neighbourhood graph</summary>
      <p className="mt-2 text-sm text-muted">Notes within two links of {title}. Select a note to open it.</p>
      <div ref={box} className="mt-4 min-h-96">
        {open && near ? (
          <Suspense fallback={<p className="text-sm text-muted">Loading the graph…</p>}>
            <LocalGraphView slug={slug} basePath={basePath} />
          </Suspense>
        ) : null}
      </div>
    </details>
  );
}
