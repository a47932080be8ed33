/**
 * Size budgets of the exported site (bytes, never timings), measured from out/ the way a
 * browser would load it on a first visit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import matter from 'gray-matter';
import { gzipSize, measurePage } from '../../lib/build/page-weight';
import { countWords } from '../../lib/content/word-count';
import { expect, test } from './fixtures';

const OUT = path.join(process.cwd(), 'out');
const KB = 1024;
const basePath = process.env.BASE_PATH ?? '';

const notes = globSync('content/**/*.mdx')
  .map((file) => {
    const { content, data } = matter(readFileSync(file, 'utf8'), {});
    const slug = path.basename(file, '.mdx');
    return { slug, draft: data.draft === true, words: countWords(content) };
  })
  .filter((n) => !n.draft);

test('a text note loads at most 145 KB gzip of JavaScript', () => {
  const weight = measurePage(OUT, path.join(OUT, 'notes/coupling/index.html'), basePath);
  expect(weight.scripts.length).toBeGreaterThan(0);
  expect(weight.js, `scripts: ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(145 * KB);
});

test("a note with callouts and a titled code block stays within the text note's 145 KB; its copy button is at most 2 KB of it", () => {
  // Callouts are HTML and CSS only; the copy button is a chunk of its own (components/code/lazy.tsx).
  for (const slug of ['cqrs', 'timeouts-retries-and-backoff']) {
    const weight = measurePage(OUT, path.join(OUT, 'notes', slug, 'index.html'), basePath);
    expect(weight.js, `${slug}: ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(145 * KB);
  }
  const text = measurePage(OUT, path.join(OUT, 'notes/coupling/index.html'), basePath).scripts;
  const withCode = measurePage(OUT, path.join(OUT, 'notes/timeouts-retries-and-backoff/index.html'), basePath).scripts;
  const file = (script: string) => path.join(OUT, decodeURIComponent(script.slice(basePath.length)));
  const copy = withCode.filter((script) => !text.includes(script) && readFileSync(file(script), 'utf8').includes('Copy code'));
  expect(copy).toHaveLength(1);
  expect(gzipSize(readFileSync(file(copy[0]!)))).toBeLessThanOrEqual(2 * KB);
});

test('every note keeps its text HTML within 35 KB gzip, a 1,500-word note would too, and diagram notes stay within 40 KB', () => {
  const measured = notes.map((n) => {
    const weight = measurePage(OUT, path.join(OUT, 'notes', n.slug, 'index.html'), basePath);
    return { ...n, total: weight.html, html: weight.text, diagrams: weight.html !== weight.text };
  });
  for (const note of measured) {
    expect(note.html, `${note.slug} without its diagrams`).toBeLessThanOrEqual(35 * KB);
    // The App Router repeats server HTML in its payload, so each inline diagram's SVG is there
    // twice: a diagram costs 3 to 7 KB gzip, and diagram notes have a budget of their own
    // (the largest measured 34.5 KB, docs/performance.md).
    expect(note.total, note.slug).toBeLessThanOrEqual((note.diagrams ? 40 : 35) * KB);
  }
  // HTML grows with the words of a note: extrapolate along the line through the shortest
  // and longest notes, so the budget holds for a 1,500-word note even before one exists.
  // Diagrams do not grow with words, so the line is drawn through the text HTML alone.
  const sorted = [...measured].sort((a, b) => a.words - b.words);
  const [short, long] = [sorted[0]!, sorted.at(-1)!];
  const perWord = Math.max(0, (long.html - short.html) / Math.max(1, long.words - short.words));
  const at1500 = long.words >= 1500 ? long.html : long.html + perWord * (1500 - long.words);
  expect(at1500).toBeLessThanOrEqual(35 * KB);
});

test("the saga explorer's own code is at most 15 KB gzip and carries no Mermaid", () => {
  // Its own code: the scripts /sagas/ loads that a text note does not.
  const text = measurePage(OUT, path.join(OUT, 'notes/coupling/index.html'), basePath);
  const explorer = measurePage(OUT, path.join(OUT, 'sagas/index.html'), basePath);
  const own = explorer.scripts.filter((script) => !text.scripts.includes(script));
  expect(own.length).toBeGreaterThan(0);
  const file = (script: string) => path.join(OUT, decodeURIComponent(script.slice(basePath.length)));
  const bytes = own.reduce((total, script) => total + gzipSize(readFileSync(file(script))), 0);
  expect(bytes, `own scripts: ${own.join(', ')}`).toBeLessThanOrEqual(15 * KB);
  for (const script of explorer.scripts) expect(readFileSync(file(script), 'utf8'), script).not.toMatch(/mermaid/i);
});

test('link previews and the local graph add at most 12 KB gzip to a note page besides the layout chunk (at most 8 KB), all but a loader fetched after it is interactive', async ({
  page,
}) => {
  const initial = measurePage(OUT, path.join(OUT, 'notes/saga-pattern/index.html'), basePath).scripts;
  // The note page's own chunks, what it loads that the tag index does not, hold the two small
  // loaders (counted whole, with whatever else of the note page they carry).
  const tagIndex = measurePage(OUT, path.join(OUT, 'tags/index.html'), basePath).scripts;
  const loaders = initial.filter((url) => !tagIndex.includes(url));
  const file = (urlPath: string) =>
    path.join(OUT, decodeURIComponent(basePath && urlPath.startsWith(basePath) ? urlPath.slice(basePath.length) : urlPath));
  // Both loaders are among the chunks counted: the previews' first-hover listener and the
  // local graph's wide-screen check (components/crosslinks/link-previews.tsx, local-graph.tsx).
  const loaderCode = loaders.map((url) => readFileSync(file(url.split('?')[0] ?? ''), 'utf8')).join('\n');
  expect(loaderCode).toContain('pointerover');
  expect(loaderCode).toContain('(min-width: 1024px)');
  const onDemand: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (/\.(js|json)$/.test(url.pathname) && !initial.some((src) => url.pathname === src.split('?')[0])) onDemand.push(url.pathname);
  });
  await page.goto('notes/saga-pattern/');
  await page.locator('article a[data-wiki-link]').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.getByTestId('local-graph').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('local-graph-svg')).toBeVisible();
  // Both features fetched code and data of their own, none of it named in the page's HTML.
  expect(onDemand.some((p) => p.includes('/previews/'))).toBe(true);
  expect(onDemand.some((p) => p.includes('/graph/local/'))).toBe(true);
  expect(onDemand.filter((p) => p.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
  const sizes = [...loaders.map((url) => url.split('?')[0] ?? ''), ...onDemand].map((p) => ({ p, gzip: gzipSize(readFileSync(file(p))) }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  // Figures for docs/performance.md.
  console.log(
    `previews + local graph: ${(total / KB).toFixed(1)} KB gzip`,
    sizes.map((s) => `${path.basename(s.p)} ${(s.gzip / KB).toFixed(1)} KB`).join(', '),
  );
  // The browser lays out the neighbourhood (lib/graph/local-graph.ts), so the view's chunk
  // carries d3-force (about 5.5 KB gzip): one chunk, fetched on demand and never with the page,
  // with a budget of its own; the rest keeps 12 KB.
  const layout = sizes.filter((s) => s.p.endsWith('.js') && readFileSync(file(s.p), 'utf8').includes('alphaDecay'));
  expect(layout.map((s) => s.p)).toHaveLength(1);
  expect(onDemand).toContain(layout[0]!.p);
  expect(layout[0]!.gzip).toBeLessThanOrEqual(8 * KB);
  expect(total - layout[0]!.gzip, JSON.stringify(sizes)).toBeLessThanOrEqual(12 * KB);
});
