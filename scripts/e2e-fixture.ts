/**
 * `npm run test:e2e:fixture`: builds the team wiki fixture (none of our notes: Markdown and MDX,
 * a folder no config names, an image, a diagram) into out-fixture/ and runs the engine's
 * end-to-end specs against it; then the imported wiki (an Obsidian vault, a docs folder and
 * hostile notes, no settings, warn mode) into out-imported/, and its specs.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_CONTENT, FIXTURE_OUT, HOSTILE_MARKER, IMPORTED_OUT, importedBuildEnv } from '../lib/testing/suites';
import { isMain } from '../lib/build/is-main';
import { build } from './build';
import { ensureBrowser, runPlaywright } from './e2e';

export async function runFixtureE2e(extraArgs: string[] = []): Promise<boolean> {
  if (!(await build({ outDir: FIXTURE_OUT, env: { CONTENT_DIR: path.resolve(FIXTURE_CONTENT) } }))) return false;
  if (!ensureBrowser()) return false;
  return runPlaywright(['--config', 'playwright.fixture.config.ts', ...extraArgs]);
}

export async function runImportedE2e(extraArgs: string[] = []): Promise<boolean> {
  // A marker left by an earlier run would hide a hostile note that ran now.
  rmSync(HOSTILE_MARKER, { force: true });
  if (!(await build({ outDir: IMPORTED_OUT, env: importedBuildEnv() }))) return false;
  if (!ensureBrowser()) return false;
  return runPlaywright(['--config', 'playwright.imported.config.ts', ...extraArgs]);
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  process.exitCode = (await runFixtureE2e(args)) && (await runImportedE2e(args)) ? 0 : 1;
}
