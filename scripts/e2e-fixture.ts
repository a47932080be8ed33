/**
 * `npm run test:e2e:fixture`: builds the team wiki fixture (none of our notes: Markdown and MDX,
 * a folder no config names, an image, a diagram) into out-fixture/ and runs the engine's
 * end-to-end specs against it.
 */
import path from 'node:path';
import { FIXTURE_CONTENT, FIXTURE_OUT } from '../lib/testing/suites';
import { isMain } from '../lib/build/is-main';
import { build } from './build';
import { ensureBrowser, runPlaywright } from './e2e';

export async function runFixtureE2e(extraArgs: string[] = []): Promise<boolean> {
  if (!(await build({ outDir: FIXTURE_OUT, env: { CONTENT_DIR: path.resolve(FIXTURE_CONTENT) } }))) return false;
  if (!ensureBrowser()) return false;
  return runPlaywright(['--config', 'playwright.fixture.config.ts', ...extraArgs]);
}

if (isMain(import.meta.url)) {
  process.exitCode = (await runFixtureE2e(process.argv.slice(2))) ? 0 : 1;
}
