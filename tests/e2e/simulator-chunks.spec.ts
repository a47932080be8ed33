/**
 * Each simulator's code is its own chunk: only the notes that embed it fetch it, and it stays
 * within 15 KB gzip. A simulator's chunks are the scripts its note loads beyond a text note's.
 */
import path from 'node:path';
import { measurePage, gzipSize } from '../../lib/build/page-weight';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const OUT = path.join(process.cwd(), 'out');
const KB = 1024;
const basePath = process.env.BASE_PATH ?? '';
const TEXT_NOTE = 'coupling';
const SIMULATOR_NOTES = { 'circuit breaker': 'circuit-breaker', retries: 'timeouts-retries-and-backoff', 'saga latency': 'saga-pattern' };

const scriptsOf = (slug: string) => measurePage(OUT, path.join(OUT, 'notes', slug, 'index.html'), basePath).scripts;
const textNoteScripts = new Set(scriptsOf(TEXT_NOTE));
const ownChunks = (slug: string) => scriptsOf(slug).filter((url) => !textNoteScripts.has(url));
const fileOf = (url: string) => path.join(OUT, decodeURIComponent(url.slice(basePath.length)));

for (const [name, slug] of Object.entries(SIMULATOR_NOTES)) {
  test(`the ${name} simulator's own chunks stay within 15 KB gzip`, () => {
    const chunks = ownChunks(slug);
    expect(chunks.length, `${slug} should load a chunk of its own`).toBeGreaterThan(0);
    const size = chunks.reduce((sum, url) => sum + gzipSize(readFileSync(fileOf(url))), 0);
    expect(size, chunks.join(', ')).toBeLessThanOrEqual(15 * KB);
  });
}

test("a text note fetches none of the simulators' chunks", async ({ page }) => {
  const simulatorChunks = new Set(
    Object.values(SIMULATOR_NOTES)
      .flatMap(ownChunks)
      .map((url) => path.basename(url)),
  );
  expect(simulatorChunks.size).toBeGreaterThanOrEqual(3);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(path.basename(new URL(request.url()).pathname)));
  await page.goto(`notes/${TEXT_NOTE}/`);
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((file) => simulatorChunks.has(file))).toEqual([]);
  expect(fetched.some((file) => file.endsWith('.js'))).toBe(true);
});
