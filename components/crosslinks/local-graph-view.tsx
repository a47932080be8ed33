'use client';

import { useEffect, useState } from 'react';
import { localGraphHref, noteHref, withBasePath } from '@/lib/content/paths';
import { placeNeighbourhood, type LocalGraph } from '@/lib/graph/local-graph';
import type { Neighbourhood } from '@/lib/graph/neighbourhood';
import { NodeShape } from './node-shape';

const PADDING = 60;
/** Up to this many notes every direct neighbour is named; beyond it, names show on hover and focus. */
const ALWAYS_LABELLED = 16;

/**
 * Lays out a note's two-hop neighbourhood from its prebuilt JSON and draws it as SVG. A few
 * dozen nodes at most, so the layout runs once in tens of milliseconds at most, SVG is cheap
 * and every node is a real link: focusable, Enter opens it.
 */
export default function LocalGraphView({ slug, basePath }: { slug: string; basePath: string }) {
  const [graph, setGraph] = useState<LocalGraph | null>();
  useEffect(() => {
    let live = true;
    fetch(withBasePath(localGraphHref(slug), basePath))
      .then((r) => (r.ok ? (r.json() as Promise<Neighbourhood>) : null))
      // Laid out here, once per fetched neighbourhood, not on every render.
      .then((data) => data && placeNeighbourhood(data))
      .catch(() => null)
      .then((placed) => live && setGraph(placed));
    return () => {
      live = false;
    };
  }, [slug, basePath]);
  if (graph === undefined) return <p className="text-sm text-muted">Loading the graph…</p>;
  if (graph === null || graph.nodes.length < 2) return <p className="text-sm text-muted">No links to or from this note yet.</p>;

  const xs = graph.nodes.map((n) => n.x);
  const ys = graph.nodes.map((n) => n.y);
  const [minX, minY] = [Math.min(...xs) - PADDING, Math.min(...ys) - PADDING / 2];
  const [width, height] = [Math.max(...xs) - minX + PADDING, Math.max(...ys) - minY + PADDING / 2];
  // SVG units per screen pixel of the 384 px high box (at most about 720 px wide), so nodes and
  // names keep their size on screen however far the neighbourhood spreads.
  const unit = Math.max(width / 720, height / 384, 0.5);
  // Farthest notes first, so nearer ones and the centre (with its name) are drawn on top.
  const order = graph.nodes.map((_, i) => i).sort((a, b) => (graph.hops[b] ?? 2) - (graph.hops[a] ?? 2));
  return (
    <svg
      viewBox={`${minX} ${minY} ${width} ${height}`}
      className="h-96 w-full rounded-lg border border-line bg-raised"
      role="group"
      aria-label={`Neighbourhood graph: ${graph.nodes.length} notes`}
      data-testid="local-graph-svg"
    >
      <g className="stroke-line" strokeWidth={1.5}>
        {graph.edges.map(([a, b]) => {
          const [from, to] = [graph.nodes[a]!, graph.nodes[b]!];
          return <line key={`${a}-${b}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} vectorEffect="non-scaling-stroke" />;
        })}
      </g>
      {order.map((i) => {
        const node = graph.nodes[i]!;
        const hops = graph.hops[i] ?? 2;
        const labelled = hops === 0 || (hops === 1 && graph.nodes.length <= ALWAYS_LABELLED);
        return (
          <a
            key={node.slug}
            href={withBasePath(noteHref(node.slug), basePath)}
            aria-current={i === graph.centre ? 'page' : undefined}
            className="group outline-none"
          >
            <NodeShape
              area={node.area}
              x={node.x}
              y={node.y}
              r={(hops === 0 ? 10 : hops === 1 ? 7 : 5) * unit}
              className="stroke-surface stroke-2 group-focus-visible:stroke-[var(--focus)] group-focus-visible:stroke-[4]"
            />
            <text
              x={node.x}
              y={node.y - 14 * unit}
              textAnchor="middle"
              fontSize={12 * unit}
              strokeWidth={3 * unit}
              className={`stroke-surface [paint-order:stroke] ${hops === 0 ? 'fill-ink font-semibold' : 'fill-ink'} ${labelled ? '' : 'pointer-events-none opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100'}`}
            >
              {node.title}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
