/**
 * `npm test`: type-check, lint, the engine's unit tests, the build, the end-to-end tests, and the
 * engine's end-to-end tests on two fixture wikis (a team's own, and one imported as it is). Where the content is ours, also the tests of
 * our notes (`npm run test:content`), every e2e spec, and a build under the sub-path /kb. A team's
 * own wiki gets the engine's tests and a crawl of its own export. Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contentLocations } from '../lib/content';
import { contentTestsWanted, hasAtlasNotes } from '../lib/testing/suites';
import { build } from './build';
import { runE2e } from './e2e';
import { runFixtureE2e, runImportedE2e } from './e2e-fixture';
import { runSubpathE2e } from './e2e-subpath';

const root = process.cwd();
const node = (script: string, args: string[]) => () =>
  spawnSync(process.execPath, [path.join(root, 'node_modules', script), ...args], { stdio: 'inherit' }).status === 0;

const ours = contentTestsWanted(hasAtlasNotes(root, contentLocations(root).contentDir));
if (ours === 'missing') {
  console.error('ATLAS_CONTENT_TESTS=always, but the content folder does not hold our notes (tests/content/required-notes.json).');
  process.exit(1);
}
console.log(
  ours === 'run'
    ? 'Our notes are here: their tests run too.'
    : "The notes are not ours: the engine's tests run, and a crawl of this wiki's export.",
);

const steps: [string, () => boolean | Promise<boolean>][] = [
  // Next's route types first, so tsc also checks every page's and route's exports (the build
  // itself does not type-check).
  ['type-check', () => node('next/dist/bin/next', ['typegen'])() && node('typescript/bin/tsc', ['--noEmit'])()],
  ['lint', node('eslint/bin/eslint.js', ['.'])],
  // The formatter decides how code reads (.prettierrc.json); `npm run format` applies it.
  ['format', node('prettier/bin/prettier.cjs', ['--check', '.'])],
  ['unit tests', node('vitest/vitest.mjs', ['run', 'tests/unit'])],
  ...(ours === 'run' ? [['content tests', node('vitest/vitest.mjs', ['run', 'tests/content'])] as [string, () => boolean]] : []),
  ['build', build],
  // Edits, a rename and a deletion built twice, keeping the last export's pages and not: the same files.
  ['incremental builds', node('vitest/vitest.mjs', ['run', 'tests/integration'])],
  ['end-to-end tests', () => (ours === 'run' ? runE2e() : runE2e(['--config', 'playwright.site.config.ts']))],
  ['team wiki fixture: build and end-to-end tests', () => runFixtureE2e()],
  // A wiki brought as it is: an Obsidian vault, a docs folder and hostile notes, in warn mode.
  ['imported wiki fixture: build and end-to-end tests', () => runImportedE2e()],
  // A second build under /kb, crawled to prove sub-path deploys work.
  ...(ours === 'run' ? [['sub-path build and end-to-end tests', () => runSubpathE2e()] as [string, () => Promise<boolean>]] : []),
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
