import { describe, expect, it } from 'vitest';
import { adjacency, graphOf, type GraphInputNote } from '@/lib/graph/graph-data';
import { layoutGraph } from '@/lib/graph/layout';
import { placeNeighbourhood } from '@/lib/graph/local-graph';
import { neighbourhood } from '@/lib/graph/neighbourhood';
import { syntheticNotes } from '@/lib/graph/synthetic-notes';

const AREAS = [
  { id: 'a', title: 'A' },
  { id: 'b', title: 'B' },
];
const n = (slug: string, area: string, outgoing: string[]): GraphInputNote => ({ slug, title: slug, area, outgoing });

describe('graphOf', () => {
  it('makes one undirected edge per linked pair, dropping self-links and unknown targets', () => {
    const graph = graphOf([n('x', 'a', ['y', 'y', 'x', 'nowhere']), n('y', 'b', ['x']), n('z', 'a', [])], AREAS);
    expect(graph.edges).toEqual([[0, 1]]);
    expect(graph.nodes.map((node) => node.area)).toEqual([0, 1, 0]);
    expect(adjacency(graph)).toEqual([[1], [0], []]);
  });
});

describe('layoutGraph', () => {
  const input = () => graphOf([n('x', 'a', ['y']), n('y', 'b', ['z']), n('z', 'a', ['x']), n('w', 'b', [])], AREAS);

  it('is deterministic and rounds positions', () => {
    const first = layoutGraph(input());
    expect(layoutGraph(input())).toEqual(first);
    for (const node of first.nodes) expect(Number.isInteger(node.x) && Number.isInteger(node.y)).toBe(true);
  });

  it('spreads the nodes out', () => {
    const positions = new Set(layoutGraph(input()).nodes.map((node) => `${node.x},${node.y}`));
    expect(positions.size).toBe(4);
  });
});

describe('neighbourhood', () => {
  // A chain c0 - c1 - c2 - c3: two hops from c0 reach c2, not c3.
  const chain = layoutGraph(graphOf([n('c0', 'a', ['c1']), n('c1', 'a', ['c2']), n('c2', 'a', ['c3']), n('c3', 'a', [])], AREAS));

  it('holds the note, its neighbours and theirs, with the centre first', () => {
    const local = neighbourhood(chain, 'c0');
    expect(local?.nodes.map((node) => node.slug)).toEqual(['c0', 'c1', 'c2']);
    expect([local?.centre, local?.hops]).toEqual([0, [0, 1, 2]]);
    expect(local?.edges).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('is not laid out: its positions are the site layout, centred on the note, spread by 1.5 and rounded', () => {
    const [c0, c1, c2] = chain.nodes;
    const start = (p: { x: number; y: number }) => [Math.round((p.x - c0!.x) * 1.5), Math.round((p.y - c0!.y) * 1.5)];
    // Through JSON, as the browser receives it (which also makes -0 a plain 0).
    const sent = JSON.parse(JSON.stringify(neighbourhood(chain, 'c0'))) as ReturnType<typeof neighbourhood>;
    expect(sent?.nodes.map((p) => [p.x, p.y])).toEqual([[0, 0], start(c1!), start(c2!)]);
  });

  it('caps second-hop notes but keeps every direct neighbour', () => {
    const hub = graphOf(
      [n('me', 'a', ['h']), n('h', 'a', ['p1', 'p2', 'p3', 'p4']), ...['p1', 'p2', 'p3', 'p4'].map((s) => n(s, 'b', []))],
      AREAS,
    );
    expect(neighbourhood(hub, 'me', adjacency(hub), 3)?.nodes).toHaveLength(3);
    expect(neighbourhood(hub, 'missing')).toBeUndefined();
  });
});

describe('placeNeighbourhood', () => {
  const site = layoutGraph(graphOf(syntheticNotes(200, ['a', 'b']), AREAS));
  const neighbours = adjacency(site);
  const around = (slug: string) => neighbourhood(site, slug, neighbours)!;

  it('is deterministic, keeps the nodes, edges and hops, and pins the centre at the origin', () => {
    const start = around(site.nodes[0]!.slug);
    const placed = placeNeighbourhood(start);
    expect(placeNeighbourhood(around(site.nodes[0]!.slug))).toEqual(placed);
    expect(placed.nodes.map((p) => p.slug)).toEqual(start.nodes.map((p) => p.slug));
    expect([placed.edges, placed.hops, placed.centre]).toEqual([start.edges, start.hops, start.centre]);
    expect(placed.nodes.map((p) => [p.x, p.y])).not.toEqual(start.nodes.map((p) => [p.x, p.y]));
    expect([Math.abs(placed.nodes[0]!.x), Math.abs(placed.nodes[0]!.y)]).toEqual([0, 0]);
  });

  it('draws a neighbourhood compact around its note, with no two notes touching (circles of radius 10)', () => {
    for (const node of site.nodes.slice(0, 20)) {
      const local = placeNeighbourhood(around(node.slug));
      const nodes = local.nodes;
      const closest = Math.min(...nodes.flatMap((p, i) => nodes.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y))));
      expect(closest).toBeGreaterThanOrEqual(15);
      // Direct neighbours are drawn in towards the note: within 4.5 link lengths (80) of it (the site layout alone leaves some farther).
      const farthest = Math.max(...nodes.filter((_, i) => local.hops[i] === 1).map((p) => Math.hypot(p.x, p.y)));
      expect(farthest).toBeLessThan(360);
    }
  });
});
