/**
 * The site's search index files, built once per site model: the build's writer, the dev
 * route and the pages that point at the manifest share this, so names always match files.
 */
import { getConfig } from '../config';
import { getSite } from '../content';
import { searchIndexHref, withBasePath } from '../content/paths';
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

/** The URL the browser fetches the manifest from, base path included. */
export async function getSearchIndexUrl(): Promise<string> {
  return withBasePath(filesOf(await getSite()).manifestPath, getConfig().basePath);
}
