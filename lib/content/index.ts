/** The site as the pages see it: built once per process from the content folder. */
import path from 'node:path';
import { getConfig } from '../config';
import { buildContent } from './build-content';
import { diskCache } from './compile-cache';
import { ContentBuildError } from './problems';
import type { Site } from './site-model';

export const COMPILE_CACHE_DIR = '.cache/compiled';

let pending: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const projectRoot = process.cwd();
  const result = await buildContent({ projectRoot, areas: getConfig().areas, cache: diskCache(path.join(projectRoot, COMPILE_CACHE_DIR)) });
  if (!result.site) throw new ContentBuildError(result.problems);
  return result.site;
}

/** In development every request rebuilds (the cache keeps it cheap), so content edits show on reload. */
export function getSite(): Promise<Site> {
  if (process.env.NODE_ENV === 'development') return load();
  pending ??= load();
  return pending;
}
