/**
 * Lays out a note's neighbourhood (`neighbourhood.ts`) in the browser, once, when the reader
 * opens it, where laying out every note's at build cost about 3.7 ms a note (37 s of a
 * 10,000-note build). For 36 nodes: 2 to 6 ms once the code is warm; the first run on a page,
 * with d3 not yet compiled, took 40 to 65 ms in headless Chromium on a busy 2-core machine.
 * This module is the only way d3-force reaches the browser, so only the lazily loaded view
 * imports it.
 */
import { layoutGraph } from './layout';
import type { Neighbourhood } from './neighbourhood';

/**
 * Ticks of a neighbourhood's layout, which starts from the site layout. On the 1,000-note graph
 * benchmark corpus, 40 ticks leave the closest pair of a neighbourhood 20 units apart (5th
 * percentile; median 29) where 80 left 24 (median 32), so nodes still never touch, in half the time.
 */
const LOCAL_TICKS = 40;

/** A neighbourhood with its nodes placed, the centre pinned at the origin. */
export type LocalGraph = Neighbourhood;

/** Deterministic: the same neighbourhood always gets the same positions. */
export function placeNeighbourhood(neighbourhood: Neighbourhood): LocalGraph {
  // Areas only matter to layoutGraph when it clusters them, which a neighbourhood does not.
  const { nodes } = layoutGraph(
    { areas: [], nodes: neighbourhood.nodes, edges: neighbourhood.edges },
    { ticks: LOCAL_TICKS, pinned: [neighbourhood.centre], clusterAreas: false, linkDistance: 80, charge: -300, fromGiven: true },
  );
  return { ...neighbourhood, nodes };
}
