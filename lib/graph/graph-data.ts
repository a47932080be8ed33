/**
 * The concept graph as the browser draws it: every note a node, every link an undirected
 * edge (a link each way is one edge). Positions come from `layout.ts`; this module only
 * shapes the data, so the benchmark can feed it a synthetic corpus.
 */
export interface GraphInputNote {
  slug: string;
  title: string;
  area: string;
  /** Slugs this note links to. */
  outgoing: readonly string[];
}

export interface GraphNode {
  slug: string;
  title: string;
  /** Index into `GraphData.areas`. */
  area: number;
  x: number;
  y: number;
}

export interface GraphData {
  areas: { id: string; title: string }[];
  nodes: GraphNode[];
  /** Pairs of node indices, the smaller first, each pair once. */
  edges: [number, number][];
}

/** Nodes (unplaced, at 0,0) and deduplicated edges; links to unknown slugs are dropped. */
export function graphOf(notes: readonly GraphInputNote[], areas: readonly { id: string; title: string }[]): GraphData {
  const areaIndex = new Map(areas.map((a, i) => [a.id, i]));
  const index = new Map(notes.map((n, i) => [n.slug, i]));
  const seen = new Set<string>();
  const edges: [number, number][] = [];
  notes.forEach((note, from) => {
    for (const slug of note.outgoing) {
      const to = index.get(slug);
      if (to === undefined || to === from) continue;
      const pair: [number, number] = from < to ? [from, to] : [to, from];
      const key = `${pair[0]}:${pair[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push(pair);
    }
  });
  return {
    areas: areas.map(({ id, title }) => ({ id, title })),
    nodes: notes.map((n) => ({ slug: n.slug, title: n.title, area: areaIndex.get(n.area) ?? 0, x: 0, y: 0 })),
    edges,
  };
}

/** Each node's neighbours, by index. */
export function adjacency(graph: Pick<GraphData, 'nodes' | 'edges'>): number[][] {
  const result = graph.nodes.map((): number[] => []);
  for (const [a, b] of graph.edges) {
    result[a]?.push(b);
    result[b]?.push(a);
  }
  return result;
}
