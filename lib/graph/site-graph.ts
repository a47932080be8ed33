/** The site's concept graph, laid out once per build process and shared by every route that needs it. */
import type { Site } from '../content/site-model';
import { adjacency, graphOf, type GraphData } from './graph-data';
import { layoutGraph } from './layout';

const cache = new WeakMap<Site, { graph: GraphData; neighbours: number[][] }>();

export function siteGraph(site: Site): { graph: GraphData; neighbours: number[][] } {
  let entry = cache.get(site);
  if (!entry) {
    const graph = layoutGraph(graphOf(site.notes, site.areas));
    entry = { graph, neighbours: adjacency(graph) };
    cache.set(site, entry);
  }
  return entry;
}
