/**
 * Every diagram on the site is pre-rendered SVG in the HTML as served, follows the theme
 * without redrawing, is named by its caption, links to the notes it names, and costs no
 * JavaScript.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { measurePage } from '../../lib/build/page-weight';
import { expect, test } from './fixtures';

const OUT = path.join(process.cwd(), 'out');
const basePath = process.env.BASE_PATH ?? '';

const diagramNotes = globSync('content/**/*.mdx')
  .map((file) => ({ slug: path.basename(file, '.mdx'), diagrams: readFileSync(file, 'utf8').match(/^```mermaid$/gm)?.length ?? 0 }))
  .filter((note) => note.diagrams > 0);

test('the notes with diagrams include orchestration, choreography and the eight variants', () => {
  const slugs = diagramNotes.map((n) => n.slug);
  for (const slug of [
    'orchestration',
    'choreography',
    'epic-saga',
    'phone-tag-saga',
    'fairy-tale-saga',
    'time-travel-saga',
    'fantasy-fiction-saga',
    'horror-story-saga',
    'parallel-saga',
    'anthology-saga',
  ]) {
    expect(slugs).toContain(slug);
  }
  for (const slug of ['orchestration', 'choreography']) {
    expect(readFileSync(globSync(`content/**/${slug}.mdx`)[0]!, 'utf8')).toMatch(/```mermaid\nflowchart/);
  }
});

for (const note of diagramNotes) {
  test(`${note.slug}: every diagram is pre-rendered SVG in the served HTML, and the page loads no Mermaid`, async ({ request }) => {
    const response = await request.get(`notes/${note.slug}/`);
    const html = await response.text();
    const figures = html.match(/<figure[^>]*data-diagram="true"[^>]*>[\s\S]*?<\/figure>/g) ?? [];
    expect(figures).toHaveLength(note.diagrams);
    for (const figure of figures) {
      // One SVG for both themes, coloured by the palette's properties, and a caption that names it.
      expect(figure.match(/<svg\b[^>]*aria-labelledby="diagram-[a-f0-9]+-caption"/g)).toHaveLength(1);
      expect(figure).toContain('var(--diagram-');
      expect(figure).toMatch(/<figcaption id="diagram-[a-f0-9]+-caption"[^>]*>Figure:/);
    }
    expect(html).not.toContain('data-diagram-pending');
    const weight = measurePage(OUT, path.join(OUT, 'notes', note.slug, 'index.html'), basePath);
    for (const script of weight.scripts) {
      expect(script).not.toMatch(/mermaid/i);
      const file = path.join(OUT, decodeURIComponent(script.slice(basePath.length)));
      expect(readFileSync(file, 'utf8'), script).not.toMatch(/mermaid/i);
    }
  });
}

test('a saga note loads no more JavaScript than a text note', () => {
  const text = measurePage(OUT, path.join(OUT, 'notes/coupling/index.html'), basePath);
  // Anthology has two diagrams and no simulator (Epic embeds the saga latency simulator, whose
  // chunk is that simulator's cost, budgeted in simulator-chunks.spec.ts).
  const saga = measurePage(OUT, path.join(OUT, 'notes/anthology-saga/index.html'), basePath);
  expect(saga.js).toBeLessThanOrEqual(text.js);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('diagrams show as SVG with an accessible name from the caption', async ({ page }) => {
    await page.goto('notes/epic-saga/');
    const figures = page.locator('figure[data-diagram]');
    await expect(figures).toHaveCount(2);
    const svg = figures.first().locator('svg:visible');
    await expect(svg).toHaveCount(1);
    await expect(svg).toHaveAccessibleName(/^Figure: /);
    await expect(figures.first()).toHaveAccessibleName(/^Figure: /);
  });
});

test('the theme toggle recolours the one SVG without redrawing it', async ({ page }) => {
  await page.goto('notes/orchestration/');
  const figure = page.locator('figure[data-diagram]').first();
  const node = figure.locator('svg .node rect.label-container').first();
  await expect(node).toBeVisible();
  const before = await figure.innerHTML();
  const fill = () => node.evaluate((element) => getComputedStyle(element).fill);
  const themed = async () => ({ theme: await page.evaluate(() => document.documentElement.dataset.theme), fill: await fill() });
  const first = await themed();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(async () => (await themed()).theme).not.toBe(first.theme);
  const second = await themed();
  // Mermaid's default theme fills nodes light, its dark theme dark: the palette gives each.
  expect(second.fill).not.toBe(first.fill);
  expect(second.fill).not.toMatch(/^(none|rgba\(0, 0, 0, 0\))$/);
  expect(await figure.innerHTML()).toBe(before);
});

test('a diagram node that names a note links to it', async ({ page }) => {
  await page.goto('notes/orchestration/');
  const link = page.locator('figure[data-diagram] svg a[href$="/notes/compensating-transaction/"]');
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(/\/notes\/compensating-transaction\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Compensating/);
});

test('a sequence-diagram participant that names a note links to it', async ({ page }) => {
  await page.goto('notes/saga-pattern/');
  const link = page.locator('figure[data-diagram] svg a[href$="/notes/orchestration/"]').first();
  await link.click();
  await expect(page).toHaveURL(/\/notes\/orchestration\/$/);
});
