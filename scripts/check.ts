/** `npm run check`: validate every note (frontmatter, MDX, links, anchors) without building the site. */
import path from 'node:path';
import rawConfig from '../site.config';
import { resolveConfig } from '../lib/config';
import { contentLocations, DIAGRAM_FOLDER } from '../lib/content';
import { buildContent } from '../lib/content/build-content';
import { diskCache } from '../lib/content/compile-cache';
import { ContentDirError } from '../lib/content/load';
import { ROOT_AREA } from '../lib/content/note-place';
import { formatProblem, formatProblems } from '../lib/content/problems';
import type { Site } from '../lib/content/site-model';
import { diagramCache, mermaidVersion } from '../lib/diagrams/diagram-cache';
import { isMain } from '../lib/build/is-main';

export interface CheckOptions {
  quiet?: boolean;
  projectRoot?: string;
  contentDir?: string;
  /** Where CONTENT_DIR and ATLAS_CACHE_DIR are read; process.env unless given. */
  env?: Record<string, string | undefined>;
}

/** The checked site, or undefined when a problem was found (and printed). */
export async function checkContent(options: CheckOptions = {}): Promise<Site | undefined> {
  try {
    return await checkContentOrThrow(options);
  } catch (error) {
    // A missing content folder or a wrong setting: its own message, without a stack trace.
    if (!(error instanceof ContentDirError) && !(error instanceof Error && error.message.startsWith('Invalid site configuration')))
      throw error;
    console.error(`\n${error.message}\n`);
    return undefined;
  }
}

async function checkContentOrThrow(options: CheckOptions): Promise<Site | undefined> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const locations = contentLocations(projectRoot, options.env);
  const started = performance.now();
  const version = mermaidVersion(projectRoot);
  const contentDir = options.contentDir ?? locations.contentDir;
  const config = resolveConfig(rawConfig, options.env ?? process.env);
  const result = await buildContent({
    ...config,
    projectRoot,
    contentDir,
    cache: diskCache(locations.cacheDir),
    // Diagrams are drawn (not only parsed) here: drawing the few new ones costs one browser
    // launch, and it proves the SVG the pages will read exists.
    // The diagram folder belongs to this content folder alone, so unused SVGs in it can go.
    diagrams: {
      cache: diagramCache(path.join(contentDir, DIAGRAM_FOLDER), version, { cleaned: path.join(locations.cacheDir, 'clean-svg') }),
      // Loaded when a diagram is to be drawn: Mermaid's renderer takes half a second to import.
      renderer: async () => (await import('../lib/diagrams/browser-renderer')).browserRenderer(version),
      prune: true,
    },
    log: options.quiet ? undefined : (line) => console.log(`  ${line}`),
  });
  for (const area of result.undeclaredAreas) {
    console.log(
      area.id === ROOT_AREA
        ? `  note: notes at the top of the content folder are shown in the area "${area.title}"`
        : `  note: folder "${area.id}" is not an area in the settings; it is shown as "${area.title}" after the others`,
    );
  }
  if (result.disambiguated.length > 0)
    console.log(
      `  note: ${result.disambiguated.length} files share a name with another; their slugs start with their folders: ${result.disambiguated.map((d) => `${d.file} → /notes/${d.to}/`).join(', ')}`,
    );
  for (const warning of result.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  if (result.problems.length > 0) {
    console.error(`\n${formatProblems(result.problems)}\n`);
    return undefined;
  }
  console.log(`✓ ${result.site?.notes.length ?? 0} notes checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result.site;
}

if (isMain(import.meta.url)) {
  process.exitCode = (await checkContent()) ? 0 : 1;
}
