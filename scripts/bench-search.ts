/**
 * `npm run bench:search`: what search costs a reader, for the real content and synthetic
 * corpora of 1,000, 5,000 and 10,000 notes. In Node: the index's parts, query times, and the
 * bytes each query fetches. In Chromium (needs `out/` from `npm run build`): the same queries
 * typed into the dialog, gzip bytes transferred with the search code, and the longest
 * main-thread task. With `PAGEFIND_DIR` (a folder where `npm install pagefind` was run),
 * Pagefind's figures on the same corpora. Writes its section of docs/performance.md.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import * as flexsearch from 'flexsearch';
import { chromium, type Browser } from 'playwright';
import { loadPagefind, pagefindQueries } from '../lib/bench/pagefind';
import { queriesInBrowser, type QueryInBrowser } from '../lib/bench/search-in-browser';
import { replaceSection, median } from '../lib/bench/markdown-section';
import { gzipSize } from '../lib/build/page-weight';
import { findBrowser } from '../lib/browser/find-browser';
import { getConfig } from '../lib/config';
import { buildContent } from '../lib/content/build-content';
import { contentLocations } from '../lib/content';
import { diskCache } from '../lib/content/compile-cache';
import { createEngine, openIndex } from '../lib/search/engine';
import { buildPayload, serializePayload } from '../lib/search/payload';
import type { SearchableNote } from '../lib/search/records';
import { syntheticNotes } from '../lib/search/synthetic';
import { partSizes, transferOf } from '../lib/search/transfer';
import { createStaticServer } from '../lib/server/static-server';

const root = process.cwd();
const DOC = path.join(root, 'docs/performance.md');
const OUT = path.join(root, 'out');
/** `BENCH_SIZES=1000` for a quick run; the figures in docs/performance.md come from all three. */
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1000, 5000, 10_000];
/** The dialog shows eight notes. */
const SHOWN = 8;
/** Milliseconds between keys in the browser: a fast typist (about 100 words a minute). */
const TYPING_DELAY = 100;

/** Exact words, prefixes, typos, acronyms and phrases, as readers type them (query times). */
const REAL_QUERIES = [
  'saga',
  'circuit breaker',
  'choreo',
  'orchestartion',
  'CQRS',
  'EDA',
  '2PC',
  'idempot',
  'eventual consistency',
  'the network is reliable',
  'outbox',
  'compensating transaction',
  'bounded context',
  'backoff jitter',
  'materialised view',
  'coupling',
  'microservice granularity',
  'load leveling',
  'fallback',
  'monolith',
];
const SYNTHETIC_QUERIES = [
  'service',
  'saga',
  'orchestr',
  'choreography',
  'circuit breaker',
  'idempotency key',
  'eventual consistency',
  'retry backoff jitter',
  'materialized view',
  'comsumer',
  'transactoin',
  'bounded context',
  'outbox',
  'cache invalidation',
  'gateway',
  'partition latency',
  'deploy',
  'webhook callback',
  'read model projection',
  'monolith modular',
];
/** A reader's session: a first query, then queries of new words (a typo among them). */
const SESSION = [
  'circuit breaker',
  'eventual consistency',
  'idempotency key',
  'transactoin',
  'read model projection',
  'cache invalidation',
];
const REAL_SESSION = ['circuit breaker', 'eventual consistency', 'idempotency key', 'orchestartion', 'bounded context', 'BFF'];
const ROUNDS = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
/** The Long Tasks API reports only tasks over 50 ms. */
const task = (value: number) => (value > 0 ? ms(value) : 'none over 50 ms');

interface Corpus {
  name: string;
  notes: readonly SearchableNote[];
  queries: readonly string[];
  session: readonly string[];
  synthetic: boolean;
}

function nodeFigures({ notes, queries, session }: Corpus) {
  let started = performance.now();
  const payload = buildPayload(notes);
  const buildMs = performance.now() - started;
  const { manifestFile, files } = serializePayload(payload);
  const sizes = partSizes(payload);
  const shards = [...sizes].filter(([file]) => file.startsWith('t.')).map(([, size]) => size);
  const manifest = gzipSize(JSON.stringify(payload.manifest));
  // Query time with every part at hand: the engine's own cost, fetching aside.
  const engine = openIndex(payload, flexsearch);
  for (const query of queries) engine.search(query, { limit: SHOWN });
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      started = performance.now();
      engine.search(query, { limit: SHOWN });
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  // Bytes per query of a session, for a query typed with a pause, and for one whose every keystroke fetched.
  const whole = createEngine(payload.manifest, flexsearch);
  const settled = session.map((query) => transferOf(whole, payload, sizes, query, { limit: SHOWN }).gzip);
  const keystrokes = createEngine(payload.manifest, flexsearch);
  const typed = session.map((query) => transferOf(keystrokes, payload, sizes, query, { limit: SHOWN }, true).gzip);
  return {
    buildMs,
    files: files.length,
    total: [...sizes.values()].reduce((sum, size) => sum + size, 0) + manifest,
    shards: shards.length,
    shardMedian: median(shards),
    manifest,
    manifestFile,
    bodies: new Map(files.map(({ file, body }) => [file, body])),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    firstQuery: manifest + settled[0]!,
    laterMax: Math.max(...settled.slice(1)),
    typedFirst: manifest + typed[0]!,
    typedLaterMax: Math.max(...typed.slice(1)),
  };
}

async function withServer<T>(run: (origin: string, basePath: string) => Promise<T>): Promise<T> {
  const { basePath } = getConfig();
  const server = createStaticServer({ root: OUT, basePath });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  try {
    return await run(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, basePath);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const summary = (queries: QueryInBrowser[]) => ({
  first: queries[0]!.bytes,
  firstRequests: queries[0]!.requests,
  laterMax: Math.max(...queries.slice(1).map((q) => q.bytes)),
  laterMedian: median(queries.slice(1).map((q) => q.bytes)),
  longestTask: Math.max(...queries.map((q) => q.longestTaskMs)),
  opening: queries[0]!.openingTaskMs,
});

const { site, problems } = await buildContent({
  projectRoot: root,
  areas: getConfig().areas,
  cache: diskCache(contentLocations(root).cacheDir),
});
if (!site) throw new Error(`content does not build: ${problems.map((p) => p.message).join('; ')}`);
const corpora: Corpus[] = [
  { name: 'real content', notes: site.notes, queries: REAL_QUERIES, session: REAL_SESSION, synthetic: false },
  ...SIZES.map((size): Corpus => ({
    name: `synthetic ${size.toLocaleString('en')}`,
    notes: syntheticNotes(size),
    queries: SYNTHETIC_QUERIES,
    session: SESSION,
    synthetic: true,
  })),
];

const browserChoice = findBrowser();
const chrome: Browser | undefined = browserChoice && existsSync(OUT) ? await chromium.launch(browserChoice) : undefined;
if (!chrome) console.warn('No out/ (run `npm run build`) or no Chromium: browser figures skipped.');
const pagefind = chrome ? await loadPagefind(process.env.PAGEFIND_DIR) : undefined;
if (!pagefind) console.warn('PAGEFIND_DIR not set (or no browser): Pagefind figures skipped.');

const nodeRows: string[] = [];
const browserRows: string[] = [];
const pagefindRows: string[] = [];
try {
  for (const corpus of corpora) {
    console.log(`${corpus.name}…`);
    const n = nodeFigures(corpus);
    nodeRows.push(
      `| ${corpus.name} | ${corpus.notes.length.toLocaleString('en')} | ${(n.buildMs / 1000).toFixed(1)} s | ${n.files.toLocaleString('en')} | ${kb(n.total)} | ${n.shards} × ${kb(n.shardMedian)} | ${kb(n.manifest)} | ${kb(n.firstQuery)} | ${kb(n.laterMax)} | ${kb(n.typedFirst)} / ${kb(n.typedLaterMax)} | ${ms(n.p50)} | ${ms(n.p95)} |`,
    );
    if (chrome) {
      const index = corpus.synthetic ? { manifest: n.manifestFile, files: n.bodies } : undefined;
      const queries = await withServer((origin, basePath) =>
        queriesInBrowser(chrome, origin, OUT, basePath, corpus.session, index, TYPING_DELAY),
      );
      for (const q of queries)
        console.log(`  “${q.query}”: ${kb(q.bytes)} in ${q.requests} requests, longest task ${task(q.longestTaskMs)}`);
      const s = summary(queries);
      browserRows.push(
        `| ${corpus.name} | ${kb(s.first)} (${s.firstRequests} requests) | ${kb(s.laterMax)} | ${kb(s.laterMedian)} | ${task(s.longestTask)} | ${task(s.opening ?? 0)} |`,
      );
      if (pagefind && corpus.synthetic) {
        const found = await pagefindQueries(pagefind, chrome, corpus.notes, corpus.session, SHOWN);
        for (const q of found.queries)
          console.log(`  Pagefind “${q.query}”: ${kb(q.bytes)} in ${q.requests} requests, longest task ${task(q.longestTaskMs)}`);
        const p = summary(found.queries);
        pagefindRows.push(
          `| ${corpus.name} | ${(found.indexMs / 1000).toFixed(1)} s | ${found.files.toLocaleString('en')} | ${kb(p.first)} (${p.firstRequests} requests) | ${kb(p.laterMax)} | ${kb(p.laterMedian)} | ${task(p.longestTask)} |`,
        );
      }
    }
  }
} finally {
  await pagefind?.close();
  await chrome?.close();
}

const nodeTable = [
  '| corpus | notes | index build | files | all files gzip | term shards × median gzip | manifest gzip | first query | later query, max | typed key by key: first / later max | query p50 | query p95 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...nodeRows,
].join('\n');
const browserTable = browserRows.length
  ? [
      '| corpus | first query, code included | later query, max | later query, median | longest main-thread task, typing to results | longest task opening the dialog |',
      '| --- | --- | --- | --- | --- | --- |',
      ...browserRows,
    ].join('\n')
  : '_Not measured in this run: it needs `out/` (`npm run build`) and Chromium._';
const pagefindTable = pagefindRows.length
  ? [
      '| corpus | index build | files | first query, code included | later query, max | later query, median | longest main-thread task |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...pagefindRows,
    ].join('\n')
  : '_Not measured in this run: set `PAGEFIND_DIR` to a folder where `npm install pagefind` was run._';

const section = `## Search (\`npm run bench:search\`)

Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} when measured (timings on a busy machine vary
several-fold; sizes do not). Synthetic notes have about 500 words in five sections (\`lib/search/synthetic.ts\`).
A session is a first query and ${SESSION.length - 1} queries of new words, one with a typo
(${SESSION.map((q) => `“${q}”`).join(', ')}; on the real content ${REAL_SESSION.map((q) => `“${q}”`).join(', ')}),
each showing ${SHOWN} notes with their snippets. Goals (issue 16), as gzip bytes transferred, code included: first
query ≤ 120 KB, each later query ≤ 40 KB, at every size; no main-thread task over 50 ms.

**The index's parts, and what queries fetch, in Node.** The first query includes the manifest. Search
fetches a query's parts once typing pauses for 250 ms (\`components/search/use-search.ts\`); the
"typed key by key" column is the worst case of a reader whose every keystroke fetched ("c", "ci", "cir"…).
Query times are the engine's own, every part at hand (${SYNTHETIC_QUERIES.length} queries × ${ROUNDS} rounds).

${nodeTable}

**In Chromium**, the session typed into the dialog of the built site at ${TYPING_DELAY} ms per key
(\`lib/bench/search-in-browser.ts\`; the synthetic index is served in place of the site's own). Bytes are
the gzip sizes of the search code and index files the page fetched for each query; the longest task
covers typing, fetching, searching and drawing the results, for every query of the session. Opening
the dialog (evaluating its code, reading the manifest) is measured apart, before the first key.

${browserTable}

**Pagefind** 1.6.0 on the same corpora (\`lib/bench/pagefind.ts\`): each note a custom record, the
session's queries through its JS API, loading the fragments of the first ${SHOWN} results as its UI
does. Its index chunks, fragments and WebAssembly are counted as stored (already gzip), its JS gzipped.

${pagefindTable}`;

console.log(`${nodeTable}\n\n${browserTable}\n\n${pagefindTable}`);
await writeFile(DOC, replaceSection(await readFile(DOC, 'utf8'), 'search', section));
console.log(`✓ written to ${path.relative(root, DOC)}`);
