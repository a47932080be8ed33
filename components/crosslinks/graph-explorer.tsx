'use client';

import { useEffect, useRef, useState } from 'react';
import { GRAPH_DATA_HREF, noteHref, withBasePath } from '@/lib/content/paths';
import type { GraphData, GraphNode } from '@/lib/graph/graph-data';
import type { GraphRenderer } from './graph-renderer';

/**
 * The whole-site graph. Its data (positions computed at build) and the drawing code load
 * after the page has rendered; the list of notes below the canvas carries the same content
 * for keyboard and screen-reader users.
 */
export function GraphExplorer({ basePath }: { basePath: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const renderer = useRef<GraphRenderer | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  const [hovered, setHovered] = useState<{ node: GraphNode; links: number }>();

  useEffect(() => {
    let live = true;
    Promise.all([fetch(withBasePath(GRAPH_DATA_HREF, basePath)).then((r) => r.json() as Promise<GraphData>), import('./graph-renderer')])
      .then(([graph, { createGraphRenderer }]) => {
        if (!live || !canvas.current) return;
        renderer.current = createGraphRenderer(canvas.current, graph, {
          open: (node) => window.location.assign(withBasePath(noteHref(node.slug), basePath)),
          hover: (node, links) => setHovered(node ? { node, links } : undefined),
        });
        setCounts({ nodes: graph.nodes.length, edges: graph.edges.length });
        setState('ready');
      })
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
      renderer.current?.destroy();
    };
  }, [basePath]);

  const button = 'rounded-md border border-line px-3 py-1.5 text-sm hover:bg-raised disabled:opacity-50';
  return (
    <div data-testid="graph" data-state={state} data-nodes={counts.nodes}>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} disabled={state !== 'ready'} onClick={() => renderer.current?.zoomIn()}>
          Zoom in
        </button>
        <button type="button" className={button} disabled={state !== 'ready'} onClick={() => renderer.current?.zoomOut()}>
          Zoom out
        </button>
        <button type="button" className={button} disabled={state !== 'ready'} onClick={() => renderer.current?.reset()}>
          Fit all
        </button>
        <p className="ml-auto text-sm text-muted" aria-live="polite" data-testid="graph-status">
          {state === 'loading'
            ? 'Loading the graph…'
            : state === 'failed'
              ? 'The graph could not be loaded; the list below has every note and link.'
              : hovered
                ? `${hovered.node.title}: ${hovered.links} linked notes`
                : `${counts.nodes} notes, ${counts.edges} links`}
        </p>
      </div>
      <canvas
        ref={canvas}
        tabIndex={0}
        role="img"
        aria-label="Concept graph of every note and link. Drag or use the arrow keys to pan, scroll or press plus and minus to zoom. The list below holds the same notes and links."
        className="mt-3 h-[70vh] min-h-96 w-full touch-none rounded-lg border border-line bg-raised"
      />
    </div>
  );
}
