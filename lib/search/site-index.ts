/**
 * The site's search index file, built once per site model: the route that writes it and
 * the pages that point to it share this, so the hashed name always matches the file.
 */
import { getConfig } from '../config';
import { getSite } from '../content';
import { searchIndexHref, withBasePath } from '../content/paths';
import type { Site } from '../content/site-model';
import { buildPayload, serializePayload } from './payload';

const built = new WeakMap<Site, { fileName: string; json: string }>();

export async function getSearchIndexFile(): Promise<{ fileName: string; json: string }> {
  const site = await getSite();
  let file = built.get(site);
  if (!file) {
    file = serializePayload(buildPayload(site.notes));
    built.set(site, file);
  }
  return file;
}

/** The URL the browser fetches the index from, base path included. */
export async function getSearchIndexUrl(): Promise<string> {
  return withBasePath(searchIndexHref((await getSearchIndexFile()).fileName), getConfig().basePath);
}
