/**
 * `npm run bench:search`: index size, import time and query time for the real content and
 * for a 5,000-note synthetic corpus. Prints the figures and writes them into their section
 * of docs/performance.md (replaced in place on every run).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import * as flexsearch from 'flexsearch';
import { getConfig } from '../lib/config';
import { buildContent } from '../lib/content/build-content';
import { contentLocations } from '../lib/content';
import { replaceSection } from '../lib/bench/markdown-section';
import { diskCache } from '../lib/content/compile-cache';
import { openIndex } from '../lib/search/engine';
import { buildPayload, type SearchPayload } from '../lib/search/payload';
import type { SearchableNote } from '../lib/search/records';
import { payloadSize } from '../lib/search/size';
import { syntheticNotes } from '../lib/search/synthetic';

const root = process.cwd();
const DOC = path.join(root, 'docs/performance.md');

/** Exact words, prefixes, typos, acronyms and phrases, as readers type them. */
const REAL_QUERIES = ['saga', 'circuit breaker', 'choreo', 'orchestartion', 'CQRS', 'EDA', '2PC', 'idempot', 'eventual consistency', 'the network is reliable', 'outbox', 'compensating transaction', 'bounded context', 'backoff jitter', 'materialised view', 'coupling', 'microservice granularity', 'load leveling', 'fallback', 'monolith'];
const SYNTHETIC_QUERIES = ['service', 'saga', 'orchestr', 'choreography', 'circuit breaker', 'idempotency key', 'eventual consistency', 'retry backoff jitter', 'materialized view', 'comsumer', 'transactoin', 'bounded context', 'outbox', 'cache invalidation', 'gateway', 'partition latency', 'deploy', 'webhook callback', 'read model projection', 'monolith modular'];
const ROUNDS = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function measure(name: string, notes: readonly SearchableNote[], queries: readonly string[]) {
  const payload = buildPayload(notes);
  const json = JSON.stringify(payload);
  const size = payloadSize(payload);
  const imports: number[] = [];
  let engine = openIndex(JSON.parse(json) as SearchPayload, flexsearch);
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    engine = openIndex(JSON.parse(json) as SearchPayload, flexsearch);
    imports.push(performance.now() - start);
  }
  for (const query of queries) engine.search(query); // warm up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      const start = performance.now();
      engine.search(query);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  imports.sort((a, b) => a - b);
  return { name, notes: notes.length, ...size, importMs: percentile(imports, 50), p50: percentile(times, 50), p95: percentile(times, 95) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

const { site, problems } = await buildContent({ projectRoot: root, areas: getConfig().areas, cache: diskCache(contentLocations(root).cacheDir) });
if (!site) throw new Error(`content does not build: ${problems.map((p) => p.message).join('; ')}`);
const rows = [measure('real content', site.notes, REAL_QUERIES), measure('synthetic', syntheticNotes(5000), SYNTHETIC_QUERIES)];

const table = [
  '| corpus | notes | file raw | file gzip | per note gzip (index + snippets) | import (parse + load) | query p50 | query p95 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.name} | ${r.notes.toLocaleString('en')} | ${kb(r.raw)} | ${kb(r.gzip)} | ${Math.round(r.gzip / r.notes)} B (${Math.round(r.indexGzip / r.notes)} + ${Math.round(r.snippetGzip / r.notes)}) | ${ms(r.importMs)} | ${ms(r.p50)} | ${ms(r.p95)} |`),
].join('\n');

const section = `## Search index (\`npm run bench:search\`)

Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} when measured (timings on a busy machine
vary several-fold; sizes do not). ${REAL_QUERIES.length} fixed queries × ${ROUNDS} rounds per corpus (words,
prefixes, typos, acronyms, phrases). The synthetic corpus has notes of about 500 words in five sections
(\`lib/search/synthetic.ts\`). Budgets, asserted in \`tests/unit/search-budget.test.ts\`:
the whole index file, snippets included, at most 750 B gzip per note at 5,000 notes; goal: p95 query
at most 5 ms at 5,000 notes.

${table}`;

console.log(table);
await writeFile(DOC, replaceSection(await readFile(DOC, 'utf8'), 'search', section));
console.log(`✓ written to ${path.relative(root, DOC)}`);
