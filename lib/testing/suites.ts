/**
 * Which tests a wiki gets. The engine's tests run on every wiki; the tests of our own notes
 * (tests/content, the e2e specs that open particular notes) only where our notes are, so a
 * team that replaces the content still has a `npm test` that passes and means something.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The least number of pages a crawled export must have: set by each Playwright config. */
export const MIN_PAGES = Number(process.env.E2E_MIN_PAGES ?? 1);

/** The team wiki fixture that the engine's end-to-end tests build and crawl. */
export const FIXTURE_CONTENT = 'tests/fixtures/team-wiki/content';
export const FIXTURE_OUT = 'out-fixture';

/**
 * The imported wiki: an Obsidian vault with a GitHub / Docusaurus docs folder and a folder of
 * hostile notes, as a team brings them, with no settings file, built with `BROKEN_LINKS=warn`.
 */
export const IMPORTED_CONTENT = 'tests/fixtures/imported-wiki/content';
export const IMPORTED_OUT = 'out-imported';
/** A secret in the build's environment: nothing of the export may contain it. */
export const IMPORTED_SECRET = 'atlas-secret-5f3c9d1e';
/** The file a hostile note's frontmatter would write if it ran. */
export const HOSTILE_MARKER = '/tmp/atlas-hostile-marker';
/** The environment the imported wiki is built with. */
export function importedBuildEnv(): Record<string, string> {
  return { CONTENT_DIR: path.resolve(IMPORTED_CONTENT), BROKEN_LINKS: 'warn', ATLAS_TEST_SECRET: IMPORTED_SECRET };
}

/** Whether the content folder holds our notes: every note the content tests require. */
export function hasAtlasNotes(projectRoot: string, contentDir: string): boolean {
  const requiredFile = path.join(projectRoot, 'tests/content/required-notes.json');
  if (!existsSync(requiredFile)) return false;
  const required = JSON.parse(readFileSync(requiredFile, 'utf8')) as { areas: Record<string, string[]> };
  return Object.entries(required.areas).every(([area, slugs]) =>
    slugs.every((slug) => existsSync(path.join(contentDir, area, `${slug}.mdx`))),
  );
}

/**
 * `npm test` runs the content tests when our notes are there; ATLAS_CONTENT_TESTS=always (as
 * `.ci/run` sets it) makes their absence a failure instead of a skip.
 */
export function contentTestsWanted(present: boolean, env: Record<string, string | undefined> = process.env): 'run' | 'skip' | 'missing' {
  if (present) return 'run';
  return env.ATLAS_CONTENT_TESTS === 'always' ? 'missing' : 'skip';
}
