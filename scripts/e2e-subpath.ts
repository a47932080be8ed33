/**
 * `npm run test:e2e:subpath`: builds the site with BASE_PATH=/kb into out-kb/ (out/ is left
 * alone) and runs tests/e2e/subpath.spec.ts against it, served under /kb/.
 */
import { SUBPATH, SUBPATH_OUT } from '../playwright.subpath.config';
import { build } from './build';
import { ensureBrowser, runPlaywright } from './e2e';
import { isMain } from '../lib/build/is-main';

export async function runSubpathE2e(extraArgs: string[] = []): Promise<boolean> {
  if (!(await build({ outDir: SUBPATH_OUT, env: { BASE_PATH: SUBPATH } }))) return false;
  if (!ensureBrowser()) return false;
  return runPlaywright(['--config', 'playwright.subpath.config.ts', ...extraArgs]);
}

if (isMain(import.meta.url)) {
  process.exitCode = (await runSubpathE2e(process.argv.slice(2))) ? 0 : 1;
}
