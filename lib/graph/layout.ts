/**
 * Places the graph's nodes at build time with d3-force, so the browser only draws. The run
 * is deterministic: each simulation starts d3's own seeded random source afresh, initial positions from node order, and a
 * fixed number of ticks. Positions are rounded to whole units to keep the JSON small.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { GraphData } from './graph-data';

export interface LayoutOptions {
  ticks?: number;
  /** Indices of nodes pinned at the origin (the centre of a local graph). */
  pinned?: readonly number[];
  /** Pull each area's notes towards its own region (on for the whole site, off for a neighbourhood). */
  clusterAreas?: boolean;
  /** Preferred link length and node repulsion; a neighbourhood drawn small needs more room per node. */
  linkDistance?: number;
  charge?: number;
  /** Start from the nodes' given positions instead of d3's spiral (a neighbourhood starts from the site layout). */
  fromGiven?: boolean;
}

interface SimNode extends SimulationNodeDatum {
  area: number;
}

export function layoutGraph(
  graph: GraphData,
  { ticks = 300, pinned = [], clusterAreas = true, linkDistance = 40, charge = -80, fromGiven = false }: LayoutOptions = {},
): GraphData {
  const nodes: SimNode[] = graph.nodes.map((n) => (fromGiven ? { area: n.area, x: n.x, y: n.y } : { area: n.area }));
  for (const i of pinned) Object.assign(nodes[i] ?? {}, { fx: 0, fy: 0 });
  // Each area pulls its notes gently towards its own point on a circle, so areas read as regions
  // without hiding the links between them. The circle grows with the square root of the node count.
  const radius = 40 * Math.sqrt(nodes.length);
  const areaCount = Math.max(1, graph.areas.length);
  const anchor = (area: number, axis: 'x' | 'y') => radius * 0.6 * (axis === 'x' ? Math.cos : Math.sin)((2 * Math.PI * area) / areaCount);
  const simulation = forceSimulation(nodes)
    // Cool down over exactly `ticks` ticks (d3's default schedule assumes 300).
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink(graph.edges.map(([source, target]) => ({ source, target }))).distance(linkDistance))
    .force('charge', forceManyBody().strength(charge).distanceMax(400))
    .force('collide', forceCollide(10))
    .force('x', forceX<SimNode>((n) => (clusterAreas ? anchor(n.area, 'x') : 0)).strength(0.06))
    .force('y', forceY<SimNode>((n) => (clusterAreas ? anchor(n.area, 'y') : 0)).strength(0.06))
    .stop();
  simulation.tick(ticks);
  return { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, x: Math.round(nodes[i]?.x ?? 0), y: Math.round(nodes[i]?.y ?? 0) })) };
}
