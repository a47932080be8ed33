/** The content pipeline's entry for scripts: a site model built from the content folder. Pages read its snapshot instead (lib/site/current.ts). */
import path from 'node:path';
import { getConfig } from '../config';
import { diagramCache, mermaidVersion } from '../diagrams/diagram-cache';
import { buildContent } from './build-content';
import { diskCache } from './compile-cache';
import { contentLocations } from './locations';
import { ContentBuildError } from './problems';
import type { Site } from './site-model';

export { contentLocations, DIAGRAM_FOLDER } from './locations';

/** A fresh site model from the content folder (scripts/dev.ts re-emits the fetched files and the snapshot from it). */
export async function loadSite(): Promise<Site> {
  const projectRoot = process.cwd();
  const { contentDir, cacheDir, diagramDir } = contentLocations(projectRoot);
  const result = await buildContent({
    ...getConfig(),
    projectRoot,
    contentDir,
    cache: diskCache(cacheDir),
    // The check draws diagrams; here the pages show the ones already drawn.
    diagramCache: diagramCache(diagramDir, mermaidVersion(projectRoot), { cleaned: path.join(cacheDir, 'clean-svg') }),
  });
  if (!result.site) throw new ContentBuildError(result.problems);
  return result.site;
}
