/** The site as the pages see it: built once per process from the content folder. */
import path from 'node:path';
import rawConfig from '../../site.config';
import { getConfig, resolveConfig } from '../config';
import { buildContent } from './build-content';
import { diskCache } from './compile-cache';
import { ContentBuildError } from './problems';
import type { Site } from './site-model';

/** Rendered diagrams live with the notes (committed with them), in this folder of the content folder. */
export const DIAGRAM_FOLDER = '.diagrams';

/**
 * Where content is read from (site.config.ts `contentDir`, or `CONTENT_DIR`), where its
 * diagrams are kept, and where compiled notes are cached (`ATLAS_CACHE_DIR`, for benchmarks).
 */
export function contentLocations(projectRoot: string, env: Record<string, string | undefined> = process.env) {
  const contentDir = path.resolve(projectRoot, resolveConfig(rawConfig, env).contentDir);
  return {
    contentDir,
    diagramDir: path.join(contentDir, DIAGRAM_FOLDER),
    cacheDir: path.resolve(projectRoot, env.ATLAS_CACHE_DIR ?? '.cache/compiled'),
  };
}

let pending: Promise<Site> | undefined;

/** A fresh site model from the content folder (scripts/dev.ts re-emits the fetched files from it). */
export async function loadSite(): Promise<Site> {
  const projectRoot = process.cwd();
  const { contentDir, cacheDir } = contentLocations(projectRoot);
  const result = await buildContent({ ...getConfig(), projectRoot, contentDir, cache: diskCache(cacheDir) });
  if (!result.site) throw new ContentBuildError(result.problems);
  return result.site;
}

/** In development every request rebuilds (the cache keeps it cheap), so content edits show on reload. */
export function getSite(): Promise<Site> {
  if (process.env.NODE_ENV === 'development') return loadSite();
  pending ??= loadSite();
  return pending;
}
