/**
 * The JSON files the pages fetch on demand: the concept graph, and per note its link preview
 * and its neighbourhood graph (laid out in the browser: lib/graph/local-graph.ts). They depend
 * only on the site model, so they are written once as files instead of as 2n + 1 route
 * handlers in Next's static generation (where they took two thirds of the outputs and landed
 * on one worker). The emit stage
 * (lib/build/emit.ts) writes them for `next dev` (into `public/`) and for the export.
 */
import { asSlug, GRAPH_DATA_HREF, localGraphHref, previewHref } from '../content/paths';
import type { Site } from '../content/site-model';
import { previewOf } from '../crosslinks/preview-data';
import { neighbourhood } from '../graph/neighbourhood';
import { siteGraph } from '../graph/site-graph';

export type SiteDataItem = { kind: 'graph' } | { kind: 'preview'; slug: string } | { kind: 'local-graph'; slug: string };

/** The site path a page fetches an item from (without the base path). */
export function siteDataHref(item: SiteDataItem): string {
  if (item.kind === 'graph') return GRAPH_DATA_HREF;
  return item.kind === 'preview' ? previewHref(item.slug) : localGraphHref(item.slug);
}

/** An item's JSON body, or undefined when its note does not exist. */
export function siteDataFile(site: Site, item: SiteDataItem): string | undefined {
  if (item.kind === 'graph') return JSON.stringify(siteGraph(site).graph);
  if (item.kind === 'preview') {
    const note = site.bySlug.get(asSlug(item.slug));
    return note && JSON.stringify(previewOf(note));
  }
  const { graph, neighbours } = siteGraph(site);
  const local = neighbourhood(graph, item.slug, neighbours);
  return local && JSON.stringify(local);
}

/** Every item of the site, in a stable order. */
export function siteDataItems(site: Site): SiteDataItem[] {
  return [
    { kind: 'graph' },
    ...site.notes.flatMap((note): SiteDataItem[] => [
      { kind: 'preview', slug: note.slug },
      { kind: 'local-graph', slug: note.slug },
    ]),
  ];
}
