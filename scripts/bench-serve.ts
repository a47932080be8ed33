/**
 * `npm run bench:serve`: starts `npm start` (building first if out/ is stale) on loopback,
 * drives it from this second process with autocannon (100 connections, 10 s) over a mix of
 * pages and assets, and records the figures in docs/performance.md in place.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { replaceSection } from '../lib/bench/markdown-section';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 4390);
const host = '127.0.0.1'; // loopback only: this never targets another machine
const origin = `http://${host}:${port}`;
const CONNECTIONS = 100;
const DURATION_S = 10;

/** Pages of each kind, plus every script and stylesheet a note page loads. */
async function requestMix(): Promise<string[]> {
  const pages = ['/', '/notes/saga-pattern/', '/notes/circuit-breaker/', '/notes/cqrs/', '/tags/', '/updates/', '/feed.xml'];
  const html = await readFile(path.join(root, 'out/notes/cqrs/index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? '');
  return [...pages, ...new Set(assets)];
}

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer on ${origin} in time`);
}

const server = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'], {
  env: { ...process.env, PORT: String(port), HOST: host, BASE_PATH: '' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  await waitForServer(Date.now() + 600_000);
  const paths = await requestMix();
  const loadBefore = os.loadavg()[0]?.toFixed(1) ?? '?';
  console.log(`Driving ${origin} with ${CONNECTIONS} connections for ${DURATION_S} s over ${paths.length} URLs…`);
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: paths.map((p) => ({ method: 'GET', path: p, headers: { 'accept-encoding': 'gzip' } })),
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const row = `| ${new Date().toISOString().slice(0, 10)} | ${paths.length} (7 pages and feed, ${paths.length - 7} assets) | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.latency.p99} ms | ${errors} (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx) | ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s |`;
  console.log(row);
  const section = `## Serving: \`npm run bench:serve\`

\`npm start\` (sirv + compression, gzip on, CSP per page) driven by autocannon from a second
process on 127.0.0.1: ${CONNECTIONS} connections for ${DURATION_S} s, cycling through pages, the
feed and every script and stylesheet of a note page, all with \`Accept-Encoding: gzip\`.
Machine: ${os.cpus().length} cores, Node ${process.versions.node}; load average ${loadBefore} just before the run (other
work shares the machine, so compare runs only at similar load). Responses are the build's
precompressed \`.gz\` files (lib/build/precompress.ts), so the server does no gzip work per request.

| date | URLs in the mix | requests/s (mean) | p99 latency | errors | throughput |
| --- | --- | --- | --- | --- | --- |
${row}`;
  const docFile = path.join(root, 'docs/performance.md');
  const doc = await readFile(docFile, 'utf8');
  await writeFile(docFile, replaceSection(doc, 'serve', section));
  console.log('✓ Figures written to docs/performance.md');
  if (errors > 0) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
}
