/**
 * `npm test`: type-check, lint, unit tests, the build, then the end-to-end suite against
 * the export, then a build under the sub-path /kb and its crawl. Stops at the first step that fails and says which.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from './build';
import { runE2e } from './e2e';
import { runSubpathE2e } from './e2e-subpath';

const root = process.cwd();
const node = (script: string, args: string[]) => () => spawnSync(process.execPath, [path.join(root, 'node_modules', script), ...args], { stdio: 'inherit' }).status === 0;

const steps: [string, () => boolean | Promise<boolean>][] = [
  // Next's route types first, so tsc also checks every page's and route's exports (the build
  // itself does not type-check).
  ['type-check', () => node('next/dist/bin/next', ['typegen'])() && node('typescript/bin/tsc', ['--noEmit'])()],
  ['lint', node('eslint/bin/eslint.js', ['.'])],
  ['unit tests', node('vitest/vitest.mjs', ['run'])],
  ['build', build],
  ['end-to-end tests', () => runE2e()],
  // A second build under /kb, crawled to prove sub-path deploys work (issue 7).
  ['sub-path build and end-to-end tests', () => runSubpathE2e()],
];

for (const [name, run] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = performance.now();
  if (!(await run())) {
    console.error(`\n✗ npm test failed at: ${name}`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\n✓ All checks passed');
