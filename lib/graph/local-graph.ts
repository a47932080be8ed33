/**
 * The neighbourhood of one note, two hops out, as its own small graph with its own layout
 * (the centre pinned at the origin). Hubs can make two hops reach most of a large wiki, so
 * second-hop notes are capped, best-connected first.
 */
import { adjacency, type GraphData } from './graph-data';
import { layoutGraph } from './layout';

export const LOCAL_GRAPH_MAX_NODES = 36;
/**
 * Ticks of a neighbourhood's layout, which starts from the site layout. On the 1,000-note graph
 * benchmark corpus, 40 ticks leave the closest pair of a neighbourhood 20 units apart (5th
 * percentile; median 29) where 80 left 24 (median 32), so nodes still never touch, in half the
 * time, which the build spends once per note.
 */
const LOCAL_TICKS = 40;

export interface LocalGraph extends GraphData {
  /** Index of the note the graph is centred on. */
  centre: number;
  /** Hops from the centre, per node (0, 1 or 2). */
  hops: number[];
}

export function localGraph(
  graph: GraphData,
  slug: string,
  neighbours = adjacency(graph),
  maxNodes = LOCAL_GRAPH_MAX_NODES,
): LocalGraph | undefined {
  const centre = graph.nodes.findIndex((n) => n.slug === slug);
  if (centre < 0) return undefined;
  const first = [...new Set(neighbours[centre] ?? [])];
  const inFirst = new Set([centre, ...first]);
  const second = [...new Set(first.flatMap((i) => neighbours[i] ?? []))].filter((i) => !inFirst.has(i));
  const degree = (i: number) => neighbours[i]?.length ?? 0;
  second.sort((a, b) => degree(b) - degree(a) || a - b);
  const picked = [centre, ...first, ...second].slice(0, Math.max(maxNodes, first.length + 1));
  const local = new Map(picked.map((original, i) => [original, i]));
  const subgraph: GraphData = {
    areas: graph.areas,
    // Start from the site layout, centred on the note: neighbours already sit near each other,
    // so a short run suffices (it runs once per note at build).
    nodes: picked.map((i) => ({
      ...graph.nodes[i]!,
      x: (graph.nodes[i]!.x - graph.nodes[centre]!.x) * 1.5,
      y: (graph.nodes[i]!.y - graph.nodes[centre]!.y) * 1.5,
    })),
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
  };
  const placed = layoutGraph(subgraph, {
    ticks: LOCAL_TICKS,
    pinned: [0],
    clusterAreas: false,
    linkDistance: 80,
    charge: -300,
    fromGiven: true,
  });
  return { ...placed, centre: 0, hops: picked.map((i) => (i === centre ? 0 : inFirst.has(i) ? 1 : 2)) };
}
