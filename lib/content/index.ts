/** The site as the pages see it: built once per process from the content folder. */
import path from 'node:path';
import { getConfig } from '../config';
import { buildContent } from './build-content';
import { diskCache } from './compile-cache';
import { ContentBuildError } from './problems';
import type { Site } from './site-model';

/**
 * Where content is read from and compiled notes are cached. Benchmarks point these at a
 * synthetic corpus with ATLAS_CONTENT_DIR and ATLAS_CACHE_DIR; everyone else gets the defaults.
 */
export function contentLocations(projectRoot: string, env: Record<string, string | undefined> = process.env) {
  return {
    contentDir: path.resolve(projectRoot, env.ATLAS_CONTENT_DIR ?? 'content'),
    cacheDir: path.resolve(projectRoot, env.ATLAS_CACHE_DIR ?? '.cache/compiled'),
  };
}

let pending: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const projectRoot = process.cwd();
  const { contentDir, cacheDir } = contentLocations(projectRoot);
  const result = await buildContent({ projectRoot, contentDir, areas: getConfig().areas, cache: diskCache(cacheDir) });
  if (!result.site) throw new ContentBuildError(result.problems);
  return result.site;
}

/** In development every request rebuilds (the cache keeps it cheap), so content edits show on reload. */
export function getSite(): Promise<Site> {
  if (process.env.NODE_ENV === 'development') return load();
  pending ??= load();
  return pending;
}
