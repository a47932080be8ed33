/**
 * A reader's queries in a real Chromium, against the built site in `out/`: the search code
 * comes from the export, and the index is the export's own or, for a synthetic corpus, files
 * handed in and served in its place (the page asks for the manifest the HTML names; any name
 * under /search-index/ is answered from `files`). Counts gzip bytes per query, code included,
 * and the longest main-thread task while typing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright';
import { longestTaskSince, recordLongTasks } from './long-tasks';
import { gzipSize } from '../build/page-weight';

export interface QueryInBrowser {
  query: string;
  /** Gzip bytes fetched for this query: search code (first query only), manifest and parts. */
  bytes: number;
  requests: number;
  /** Longest task on the main thread from the first keystroke to the results. */
  longestTaskMs: number;
  /** First query only: longest task while the dialog opened (its code and the manifest loading), before the first key. */
  openingTaskMs?: number;
}

export interface SyntheticIndex {
  manifest: string;
  /** File name → body. */
  files: ReadonlyMap<string, string>;
}

/** Types each query into the search dialog of a note page, `delayMs` between keys, in one fresh browser context. */
export async function queriesInBrowser(
  chrome: Browser,
  origin: string,
  outDir: string,
  basePath: string,
  queries: readonly string[],
  index: SyntheticIndex | undefined,
  delayMs: number,
): Promise<QueryInBrowser[]> {
  const context = await chrome.newContext();
  const page = await context.newPage();
  const sizes = new Map<string, number>();
  const sizeOfOut = (pathname: string) => {
    let size = sizes.get(pathname);
    if (size === undefined) sizes.set(pathname, (size = gzipSize(readFileSync(path.join(outDir, pathname.slice(basePath.length))))));
    return size;
  };
  if (index) {
    const gzip = new Map([...index.files].map(([name, body]) => [name, gzipSize(body)]));
    await page.route('**/search-index/**', (route) => {
      const name = path.posix.basename(new URL(route.request().url()).pathname);
      const file = name.startsWith('index.') ? index.manifest : name;
      const body = index.files.get(file);
      if (body === undefined) return route.fulfill({ status: 404 });
      sizes.set(new URL(route.request().url()).pathname, gzip.get(file)!);
      return route.fulfill({ contentType: 'application/json', body });
    });
  }
  await recordLongTasks(page);
  await page.goto(`${origin}${basePath}/notes/coupling/`);
  await page.waitForLoadState('networkidle');

  let counting = false;
  let bytes = 0;
  let requests = 0;
  let pending = 0;
  page.on('request', (request) => {
    if (!counting) return;
    const pathname = new URL(request.url()).pathname;
    if (!pathname.includes('/search-index/') && !pathname.endsWith('.js')) return;
    pending++;
    requests++;
  });
  const settle = (request: { url(): string }) => {
    const pathname = new URL(request.url()).pathname;
    if (!counting || (!pathname.includes('/search-index/') && !pathname.endsWith('.js'))) return;
    pending--;
    bytes += sizeOfOut(pathname);
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);

  const longestSince = (since: number) => longestTaskSince(page, since);
  const results: QueryInBrowser[] = [];
  for (const [i, query] of queries.entries()) {
    bytes = 0;
    requests = 0;
    counting = true;
    let opening: number | undefined;
    if (i === 0) {
      const opened = await page.evaluate(() => performance.now());
      await page.keyboard.press('Control+k');
      await page.locator('dialog [role="status"][aria-busy="false"]').waitFor();
      await page.waitForTimeout(100);
      opening = await longestSince(opened);
    }
    const since = await page.evaluate(() => performance.now());
    const input = page.getByRole('combobox', { name: 'Search notes' });
    await input.fill('');
    await input.pressSequentially(query, { delay: delayMs });
    // Done when the dialog shows this query's own results and nothing is on the way.
    await page.locator('dialog [role="status"][aria-busy="false"]').waitFor();
    while (pending > 0) await page.waitForTimeout(20);
    await page.waitForTimeout(100); // a long task is reported when it ends
    const longest = await longestSince(since);
    counting = false;
    results.push({ query, bytes, requests, longestTaskMs: longest, ...(opening === undefined ? {} : { openingTaskMs: opening }) });
  }
  await context.close();
  return results;
}
