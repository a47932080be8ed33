/**
 * `npm test`: type-check, lint and format check (together), the engine's unit tests, the build,
 * builds after edits compared with builds from nothing, the end-to-end tests, and the engine's
 * end-to-end tests on two fixture wikis (a team's own, and one imported as it is). Where the
 * content is ours, also the tests of our notes (`npm run test:content`), every e2e spec, and a
 * build under the sub-path /kb. A team's own wiki gets the engine's tests and a crawl of its own
 * export. Stops at the first failing step, and reports each step's time at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
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

/**
 * Several commands at once, each one's output held and printed whole when it ends, so they do not
 * interleave: the checks that read the code use one core each.
 */
const together =
  (...commands: [script: string, args: string[]][]) =>
  async (): Promise<boolean> => {
    const results = await Promise.all(
      commands.map(
        ([script, args]) =>
          new Promise<boolean>((resolve) => {
            const child = spawn(process.execPath, [path.join(root, 'node_modules', script), ...args], {
              stdio: ['ignore', 'pipe', 'pipe'],
            });
            const output: Buffer[] = [];
            child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
            child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
            child.on('close', (code) => {
              process.stdout.write(Buffer.concat(output));
              resolve(code === 0);
            });
          }),
      ),
    );
    return results.every(Boolean);
  };

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
  // itself does not type-check); lint and the format check beside it. The formatter decides how
  // code reads (.prettierrc.json); `npm run format` applies it.
  [
    'type-check, lint, format',
    async () =>
      node('next/dist/bin/next', ['typegen'])() &&
      (await together(
        ['typescript/bin/tsc', ['--noEmit']],
        ['eslint/bin/eslint.js', ['.']],
        ['prettier/bin/prettier.cjs', ['--check', '.']],
      )()),
  ],
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

const times: [string, number][] = [];
const total = performance.now();
/** Each step's time, and the whole run's, at the end: what a run on this machine costs, and where. */
const report = () => {
  const width = Math.max(...times.map(([name]) => name.length));
  console.log('\nTime per step:');
  for (const [name, seconds] of times) console.log(`  ${name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s`);
  console.log(`  ${'all'.padEnd(width)}  ${((performance.now() - total) / 1000).toFixed(1).padStart(6)} s`);
};
for (const [name, run] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = performance.now();
  const ok = await run();
  times.push([name, (performance.now() - started) / 1000]);
  if (!ok) {
    report();
    console.error(`\n✗ npm test failed at: ${name}`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${times.at(-1)![1].toFixed(1)} s)`);
}
report();
console.log('\n✓ All checks passed');
