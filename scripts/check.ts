/** `npm run check`: validate every note (frontmatter, MDX, links, anchors) without building the site. */
import { getConfig } from '../lib/config';
import { contentLocations } from '../lib/content';
import { buildContent } from '../lib/content/build-content';
import { diskCache } from '../lib/content/compile-cache';
import { formatProblems } from '../lib/content/problems';

export interface CheckOptions {
  quiet?: boolean;
  projectRoot?: string;
  contentDir?: string;
}

export async function checkContent(options: CheckOptions = {}): Promise<boolean> {
  const projectRoot = options.projectRoot ?? process.cwd();
  const locations = contentLocations(projectRoot);
  const started = performance.now();
  const result = await buildContent({
    projectRoot,
    contentDir: options.contentDir ?? locations.contentDir,
    areas: getConfig().areas,
    cache: diskCache(locations.cacheDir),
    log: options.quiet ? undefined : (line) => console.log(`  ${line}`),
  });
  if (result.problems.length > 0) {
    console.error(`\n${formatProblems(result.problems)}\n`);
    return false;
  }
  const notes = result.site?.notes.length ?? 0;
  console.log(`✓ ${notes} notes checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = (await checkContent()) ? 0 : 1;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
