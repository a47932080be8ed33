/**
 * `npm run bench`: fresh measurements on this machine, written into docs/performance.md.
 * Parts: `builds`, `large` (one cold build of 10,000 notes), `pages` (bytes per page type),
 * `lighthouse`, `search` (runs `npm run bench:search`, which writes its own section); all by default, or name them:
 * `npm run bench -- pages lighthouse`. BENCH_RUNS sets the runs per figure (default 3), BENCH_SIZES
 * the synthetic corpora of the build benchmark (default 100,1000,2000).
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceSection } from '../../lib/bench/markdown-section';
import { build } from '../build';
import { benchBuilds, benchLargeBuild, buildSection, largeBuildSection } from './build';
import { lighthouseSection, weightSection } from './pages';

const DOC = path.join(process.cwd(), 'docs/performance.md');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const parts = process.argv.slice(2).length ? process.argv.slice(2) : ['builds', 'large', 'pages', 'lighthouse', 'search'];

async function update(id: string, body: string) {
  await writeFile(DOC, replaceSection(await readFile(DOC, 'utf8'), id, body));
  console.log(`✓ docs/performance.md: ${id}`);
}

if (parts.includes('builds')) {
  console.log('Benchmarking builds…');
  // BENCH_SIZES picks the synthetic corpora, e.g. `BENCH_SIZES=100,1000`.
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,2000').split(',').map(Number);
  await update('builds', buildSection(await benchBuilds(sizes, runs), runs));
}
if (parts.includes('large')) {
  console.log('Benchmarking a large build…');
  await update('builds-large', largeBuildSection(await benchLargeBuild(10_000)));
}
if (parts.includes('pages') || parts.includes('lighthouse')) {
  // Page figures describe the real site: rebuild it, since the build benchmark exports elsewhere.
  if (!(await build())) process.exit(1);
}
if (parts.includes('pages')) await update('pages', weightSection());
if (parts.includes('lighthouse')) {
  console.log('Running Lighthouse…');
  await update('lighthouse', await lighthouseSection(runs));
}
if (parts.includes('search')) {
  console.log('Benchmarking search…');
  if (spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/bench-search.ts'], { stdio: 'inherit' }).status !== 0)
    process.exit(1);
}
