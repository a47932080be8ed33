/**
 * Lays out a note's neighbourhood (`neighbourhood.ts`) in the browser, once the reader opens
 * it: a few milliseconds for a few dozen nodes, where laying out every note's at build cost
 * about 3.7 ms a note (37 s of a 10,000-note build). This module is the only way d3-force
 * reaches the browser, so it is imported only by the lazily loaded view.
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
