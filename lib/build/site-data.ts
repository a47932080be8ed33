/**
 * The JSON files the pages fetch on demand: the concept graph, and per note its link preview
 * and its local graph. They depend only on the site model, so the build writes them once,
 * after the export, instead of as 2n + 1 route handlers in Next's static generation (where
 * they took two thirds of the outputs and landed on one worker). `next dev` serves the same
 * JSON from dev-only routes (`app/**\/route.dev.ts`) built on `siteDataFile` below.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { asSlug, GRAPH_DATA_HREF, localGraphHref, previewHref } from '../content/paths';
import type { Site } from '../content/site-model';
import { previewOf } from '../crosslinks/preview-data';
import { localGraph } from '../graph/local-graph';
import { siteGraph } from '../graph/site-graph';

/** Site path (as the pages fetch it, without the base path) → JSON body, or undefined for a path that is not site data. */
export function siteDataFile(site: Site, sitePath: string): string | undefined {
  if (sitePath === GRAPH_DATA_HREF) return JSON.stringify(siteGraph(site).graph);
  const preview = /^\/previews\/([^/]+)\.json$/.exec(sitePath);
  if (preview) {
    const note = site.bySlug.get(asSlug(preview[1] ?? ''));
    return note && JSON.stringify(previewOf(note));
  }
  const local = /^\/graph\/local\/([^/]+)\.json$/.exec(sitePath);
  if (local) {
    const { graph, neighbours } = siteGraph(site);
    const data = localGraph(graph, local[1] ?? '', neighbours);
    return data && JSON.stringify(data);
  }
  return undefined;
}

/** Every site-data path of the site, in a stable order. */
export function siteDataPaths(site: Site): string[] {
  return [GRAPH_DATA_HREF, ...site.notes.flatMap((note) => [previewHref(note.slug), localGraphHref(note.slug)])];
}

/** Writes every site-data file into an export folder; returns the site paths written. */
export async function writeSiteData(outDir: string, site: Site): Promise<string[]> {
  const paths = siteDataPaths(site);
  const folders = new Set(paths.map((p) => path.posix.dirname(p)));
  for (const folder of folders) await mkdir(path.join(outDir, folder), { recursive: true });
  for (const sitePath of paths) {
    const body = siteDataFile(site, sitePath);
    if (body === undefined) throw new Error(`no site data for ${sitePath}`);
    await writeFile(path.join(outDir, sitePath), body);
  }
  return paths;
}
