/**
 * Pagefind on the same synthetic corpus, for comparison: its Node API indexes each note as a
 * custom record (title, summary and sections' text), and a Chromium page runs its JS API the
 * way its UI does for a settled query: search, then load the fragments of the first results.
 * Pagefind is not a dependency: the benchmark imports it from `PAGEFIND_DIR`
 * (a folder where `npm install pagefind` was run), and skips it when that is not set.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright';
import { longestTaskSince, recordLongTasks } from './long-tasks';
import sirv from 'sirv';
import { globSync } from 'tinyglobby';
import { gzipSize } from '../build/page-weight';
import type { SearchableNote } from '../search/records';
import type { QueryInBrowser } from './search-in-browser';

interface PagefindApi {
  createIndex(options?: object): Promise<{ index?: PagefindIndex; errors: string[] }>;
  close(): Promise<void>;
}
interface PagefindIndex {
  addCustomRecord(record: { url: string; content: string; language: string; meta?: Record<string, string> }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
}

export async function loadPagefind(dir: string | undefined): Promise<PagefindApi | undefined> {
  if (!dir) return undefined;
  const entry = path.join(dir, 'node_modules/pagefind/lib/index.js');
  return (await import(pathToFileURL(entry).href)) as PagefindApi;
}

export async function pagefindQueries(
  api: PagefindApi,
  chrome: Browser,
  notes: readonly SearchableNote[],
  queries: readonly string[],
  results: number,
): Promise<{ indexMs: number; files: number; queries: QueryInBrowser[] }> {
  const root = await mkdtemp(path.join(tmpdir(), 'pagefind-bench-'));
  try {
    const started = performance.now();
    const { index, errors } = await api.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (const note of notes) {
      const content = [note.summary, ...note.sections.flatMap((s) => [s.heading, s.text])].filter(Boolean).join('\n');
      await index.addCustomRecord({ url: `/notes/${note.slug}/`, content, language: 'en', meta: { title: note.title } });
    }
    await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
    const indexMs = performance.now() - started;
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>pagefind</title><p>bench</p>');
    const serve = sirv(root, { dev: true });
    const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const context = await chrome.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    const sizes = new Map<string, number>();
    page.on('requestfinished', (request) => {
      const pathname = new URL(request.url()).pathname;
      if (!pathname.startsWith('/pagefind/')) return;
      requests++;
      let size = sizes.get(pathname);
      if (size === undefined) {
        const file = path.join(root, pathname);
        // Its index chunks, fragments and wasm are gzip files already; the rest goes out gzipped.
        size = /\.(js|json|css)$/.test(pathname) ? gzipSize(readFileSync(file)) : statSync(file).size;
        sizes.set(pathname, size);
      }
      bytes += size;
    });
    await recordLongTasks(page);
    await page.goto(`${origin}/index.html`);
    const measured: QueryInBrowser[] = [];
    for (const query of queries) {
      bytes = 0;
      requests = 0;
      const since = await page.evaluate(() => performance.now());
      await page.evaluate(
        async ([q, n]) => {
          const w = window as unknown as { pagefind?: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> } };
          w.pagefind ??= await import(/* webpackIgnore: true */ `${location.origin}/pagefind/pagefind.js`);
          const found = await w.pagefind!.search(q);
          await Promise.all(found.results.slice(0, n).map((r) => r.data()));
        },
        [query, results] as const,
      );
      await page.waitForTimeout(100);
      const longest = await longestTaskSince(page, since);
      measured.push({ query, bytes, requests, longestTaskMs: longest });
    }
    const files = globSync('**/*', { cwd: path.join(root, 'pagefind') }).length;
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    return { indexMs, files, queries: measured };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
