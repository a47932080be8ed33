/** `npm run check`: validate every note (frontmatter, MDX, links, anchors) without building the site. */
import path from 'node:path';
import { getConfig } from '../lib/config';
import { contentLocations } from '../lib/content';
import { buildContent } from '../lib/content/build-content';
import { diskCache } from '../lib/content/compile-cache';
import { formatProblem, formatProblems } from '../lib/content/problems';
import type { Site } from '../lib/content/site-model';
import { browserRenderer } from '../lib/diagrams/browser-renderer';
import { DIAGRAM_DIR, diagramCache, mermaidVersion } from '../lib/diagrams/diagram-cache';

export interface CheckOptions {
  quiet?: boolean;
  projectRoot?: string;
  contentDir?: string;
  /** Where ATLAS_CONTENT_DIR and ATLAS_CACHE_DIR are read; process.env unless given. */
  env?: Record<string, string | undefined>;
}

/** The checked site, or undefined when a problem was found (and printed). */
export async function checkContent(options: CheckOptions = {}): Promise<Site | undefined> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const locations = contentLocations(projectRoot, options.env);
  const started = performance.now();
  const version = mermaidVersion(projectRoot);
  const contentDir = options.contentDir ?? locations.contentDir;
  // Only the project's own content may prune diagrams/: a benchmark corpus or a fixture
  // (ATLAS_CONTENT_DIR, contentDir) uses none of them and would delete the committed cache.
  const ownContent = contentDir === path.join(projectRoot, 'content');
  const result = await buildContent({
    projectRoot,
    contentDir,
    areas: getConfig().areas,
    cache: diskCache(locations.cacheDir),
    // Diagrams are drawn (not only parsed) here: drawing the few new ones costs one browser
    // launch, and it proves the SVG the pages will read exists.
    diagrams: { cache: diagramCache(path.join(projectRoot, DIAGRAM_DIR), version), renderer: () => browserRenderer(version), prune: ownContent },
    log: options.quiet ? undefined : (line) => console.log(`  ${line}`),
  });
  for (const warning of result.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  if (result.problems.length > 0) {
    console.error(`\n${formatProblems(result.problems)}\n`);
    return undefined;
  }
  console.log(`✓ ${result.site?.notes.length ?? 0} notes checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result.site;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = (await checkContent()) ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
