/** Where a wiki's content, diagrams and caches are: read by the scripts and by the pages alike, so it imports no pipeline. */
import path from 'node:path';
import rawConfig from '../../site.config';
import { resolveConfig } from '../config';

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
