/**
 * The neighbourhood of one note, two hops out, as its own small graph, placed where the site
 * layout has it (centred on the note) but not laid out: the build writes this for every note,
 * and the browser runs the short layout (`local-graph.ts`) only for the few a reader opens.
 * Hubs can make two hops reach most of a large wiki, so second-hop notes are capped,
 * best-connected first.
 */
import { adjacency, type GraphData } from './graph-data';

export const LOCAL_GRAPH_MAX_NODES = 36;
/** Spreads the site layout around the note, so the short layout starts with room between nodes. */
const START_SCALE = 1.5;

export interface Neighbourhood extends Omit<GraphData, 'areas'> {
  /** Index of the note the graph is centred on. */
  centre: number;
  /** Hops from the centre, per node (0, 1 or 2). */
  hops: number[];
}

export function neighbourhood(
  graph: GraphData,
  slug: string,
  neighbours = adjacency(graph),
  maxNodes = LOCAL_GRAPH_MAX_NODES,
): Neighbourhood | undefined {
  const centre = graph.nodes.findIndex((n) => n.slug === slug);
  if (centre < 0) return undefined;
  const first = [...new Set(neighbours[centre] ?? [])];
  const inFirst = new Set([centre, ...first]);
  const second = [...new Set(first.flatMap((i) => neighbours[i] ?? []))].filter((i) => !inFirst.has(i));
  const degree = (i: number) => neighbours[i]?.length ?? 0;
  second.sort((a, b) => degree(b) - degree(a) || a - b);
  const picked = [centre, ...first, ...second].slice(0, Math.max(maxNodes, first.length + 1));
  const local = new Map(picked.map((original, i) => [original, i]));
  const { x: cx, y: cy } = graph.nodes[centre]!;
  return {
    // Start from the site layout, centred on the note: neighbours already sit near each other,
    // so a short run suffices. Whole units keep the JSON small.
    nodes: picked.map((i) => {
      const node = graph.nodes[i]!;
      return { ...node, x: Math.round((node.x - cx) * START_SCALE), y: Math.round((node.y - cy) * START_SCALE) };
    }),
    // From the picked notes' own neighbours, not every edge of the site: a note's cost stays
    // with its neighbourhood as the wiki grows.
    edges: picked
      .flatMap((original, la) =>
        [...new Set(neighbours[original] ?? [])].flatMap((other) => {
          const lb = local.get(other);
          return lb !== undefined && la < lb ? [[la, lb] as [number, number]] : [];
        }),
      )
      .sort(([a1, b1], [a2, b2]) => a1 - a2 || b1 - b2),
    centre: 0,
    hops: picked.map((i) => (i === centre ? 0 : inFirst.has(i) ? 1 : 2)),
  };
}
