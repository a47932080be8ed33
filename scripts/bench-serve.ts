/**
 * `npm run bench:serve`: starts `npm start` (building first if out/ is stale) on loopback,
 * drives it from this second process with autocannon (100 connections, 10 s) over a mix of
 * pages and assets, and records the figures in docs/performance.md in place. Then the private
 * wiki under attack: `npm run serve` with a password file, 200 connections sending wrong
 * passwords while one signed-in reader reads a page, the reader's latency and the status mix
 * recorded in a section of their own. `-- --only auth` (or `public`) runs one of the two.
 */
import autocannon from 'autocannon';
import bcrypt from 'bcryptjs';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { replaceSection } from '../lib/bench/markdown-section';

const root = process.cwd();
const port = Number(process.env.BENCH_PORT ?? 4390);
const host = '127.0.0.1'; // loopback only: this never targets another machine
const origin = `http://${host}:${port}`;
const CONNECTIONS = 100;
const DURATION_S = 10;
const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const docFile = path.join(root, 'docs/performance.md');

/** Pages of each kind, plus every script and stylesheet a note page loads. */
async function requestMix(): Promise<string[]> {
  const pages = ['/', '/notes/saga-pattern/', '/notes/circuit-breaker/', '/notes/cqrs/', '/tags/', '/updates/', '/feed.xml'];
  const html = await readFile(path.join(root, 'out/notes/cqrs/index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? '');
  return [...pages, ...new Set(assets)];
}

/** Until the server answers `/` at all (a 401 counts: the private wiki is up). */
async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${origin}/`);
      if (res.ok || res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer on ${origin} in time`);
}

function startServer(script: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script], {
    env: { ...process.env, PORT: String(port), HOST: host, BASE_PATH: '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function publicLoad(): Promise<void> {
  const server = startServer('scripts/start.ts', {});
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
    const doc = await readFile(docFile, 'utf8');
    await writeFile(docFile, replaceSection(doc, 'serve', section));
    console.log('✓ Figures written to docs/performance.md');
    if (errors > 0) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
  }
}

const PASSWORD = 'correct horse battery staple';
const basic = (password: string) => `Basic ${Buffer.from(`reader:${password}`).toString('base64')}`;
const FLOOD_CONNECTIONS = 200;

interface FloodRun {
  setting: string;
  reader: autocannon.Result;
  flood: autocannon.Result;
}

/** One run: `npm run serve` with the password file, the flood and the reader side by side for DURATION_S. */
async function floodRun(htpasswd: string, setting: string, failureLimit: number, flood: boolean): Promise<FloodRun> {
  // The fixture export of the private-wiki tests: what is measured is the password check, not the files.
  const server = startServer('scripts/serve.ts', {
    HTPASSWD_FILE: htpasswd,
    ATLAS_OUT_DIR: 'tests/fixtures/private-wiki-export',
    AUTH_FAILURE_LIMIT: String(failureLimit),
  });
  try {
    await waitForServer(Date.now() + 60_000);
    // Signed in once before the flood, as a reader in the middle of reading is.
    const first = await fetch(`${origin}/notes/cqrs/`, { headers: { authorization: basic(PASSWORD) } });
    if (first.status !== 200) throw new Error(`The reader could not sign in: ${first.status}`);
    const run = (connections: number, password: string) =>
      autocannon({ url: `${origin}/notes/cqrs/`, connections, duration: DURATION_S, headers: { authorization: basic(password) } });
    const [reader, guesses] = await Promise.all([run(1, PASSWORD), flood ? run(FLOOD_CONNECTIONS, 'tr0ub4dor&3') : undefined]);
    return { setting, reader, flood: guesses ?? reader };
  } finally {
    // Gone before the next run listens on the same port.
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
}

const statusMix = (result: autocannon.Result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count = 0 }]) => `${count.toLocaleString('en')} × ${status}`)
    .join(', ') + (result.errors + result.timeouts ? `, ${result.errors} errors, ${result.timeouts} timeouts` : '');

async function authFlood(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-auth-'));
  const htpasswd = path.join(dir, 'htpasswd');
  // Cost 10, as docs/deploy.md advises (`htpasswd -B -C 10`).
  await writeFile(htpasswd, `reader:${bcrypt.hashSync(PASSWORD, 10)}\n`);
  const loadBefore = os.loadavg()[0]?.toFixed(1) ?? '?';
  const runs: FloodRun[] = [];
  for (const [setting, limit, flood] of [
    ['no flood: the reader alone', 10, false],
    ['flood from one address (the default limit, 10 a minute)', 10, true],
    ['flood as from many addresses (no limit per address)', 0, true],
  ] as const) {
    console.log(`Private wiki, ${setting}…`);
    runs.push(await floodRun(htpasswd, setting, limit, flood));
  }
  const rows = runs.map(({ setting, reader, flood }) => {
    const { p50, p99, max } = reader.latency;
    const mix = flood === reader ? '–' : `${statusMix(flood)} (${Math.round(flood.requests.average).toLocaleString('en')}/s)`;
    return `| ${setting} | ${reader.requests.total.toLocaleString('en')} (${statusMix(reader)}) | ${p50} / ${p99} / ${max} ms | ${mix} |`;
  });
  console.log(rows.join('\n'));
  const section = `## The private wiki under a flood of wrong passwords: \`npm run bench:serve\`

\`npm run serve\` with \`HTPASSWD_FILE\` (one user, bcrypt cost 10) serving the small export of the
private-wiki tests, driven from a second process on 127.0.0.1 by two autocannon instances at once
for ${DURATION_S} s: ${FLOOD_CONNECTIONS} connections sending a wrong password as fast as they are answered, and one
connection of a reader who signed in just before, reading a note page over and over. Both run in
the same client process, so the reader's figures include that process's own delays.
Machine: ${os.cpus().length} cores, Node ${process.versions.node}; load average ${loadBefore} before the runs.
bcrypt runs in ${Math.max(1, os.availableParallelism() - 1)} worker thread(s) with at most ${12 * Math.max(1, os.availableParallelism() - 1)} comparisons waiting (503 beyond),
an address is refused (429) after 10 wrong passwords in a minute, and an accepted header is trusted
for 5 minutes without bcrypt (lib/server/basic-auth.ts). Before these bounds each comparison
blocked the event loop for about 80 ms (below the table: the same benchmark against that server).
Under the flood the reader waits for the event loop, busy answering the flood's refusals (their
rate is in the last column), not for bcrypt.

| setting | reader's requests (status) | reader's latency, median / p99 / max | the flood's answers |
| --- | --- | --- | --- |
${rows.join('\n')}

Measured ${new Date().toISOString().slice(0, 10)}.`;
  const doc = await readFile(docFile, 'utf8');
  await writeFile(docFile, replaceSection(doc, 'serve-auth', section));
  console.log('✓ Figures written to docs/performance.md');
  if (runs.some(({ reader }) => reader.non2xx + reader.errors + reader.timeouts > 0)) process.exitCode = 1;
}

if (args.only !== 'auth') await publicLoad();
if (args.only !== 'public') await authFlood();
