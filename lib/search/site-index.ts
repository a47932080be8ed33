/**
 * The site's search index files, built once per site model: the emit stage writes them and
 * records the manifest's name in the site snapshot, which the pages read, so names always match files.
 */
import { searchIndexHref } from '../content/paths';
import type { Site } from '../content/site-model';
import { buildPayload, serializePayload } from './payload';

export interface SearchFile {
  /** Site path, without the base path. */
  path: string;
  body: string;
}

const built = new WeakMap<Site, { manifestPath: string; files: SearchFile[] }>();

function filesOf(site: Site) {
  let result = built.get(site);
  if (!result) {
    const { manifestFile, files } = serializePayload(buildPayload(site.notes));
    result = { manifestPath: searchIndexHref(manifestFile), files: files.map(({ file, body }) => ({ path: searchIndexHref(file), body })) };
    built.set(site, result);
  }
  return result;
}

/** Every file of the search index (manifest first), by site path. */
export function searchFiles(site: Site): SearchFile[] {
  return filesOf(site).files;
}

/** The manifest's site path (no base path): always the same, its parts' names carry their hashes. */
export function searchManifestPath(site: Site): string {
  return filesOf(site).manifestPath;
}
