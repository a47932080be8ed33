/**
 * An Obsidian vault brought as it is (tests/fixtures/imported-wiki): its links, embeds, properties
 * and Markdown read as Obsidian reads them, in the page, in search, in previews and in the feed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { expect, test } from '../fixtures';

const OUT = path.join(process.cwd(), process.env.ATLAS_OUT_DIR ?? 'out-imported');

test('links resolve as in Obsidian: by file name, path, alias, heading text and block id', async ({ page }) => {
  await page.goto('notes/payments-v2/');
  const article = page.locator('article');
  await expect(article.getByRole('link', { name: 'Incident response', exact: true }).first()).toHaveAttribute(
    'href',
    '/notes/incident-response/#escalation',
  );
  await expect(article.getByRole('link', { name: 'the runbook' })).toHaveAttribute('href', '/notes/incident-response/');
  await expect(article.locator('a[href="/notes/incident-response/#^first-steps"]')).toHaveCount(1);
  await expect(article.getByRole('link', { name: 'Open questions' })).toHaveAttribute('href', '/notes/payments-v2/#open-questions');
  // A permalink is the note's address; [[Postmortems#Template]] follows it.
  await expect(article.getByRole('link', { name: 'Postmortems' })).toHaveAttribute('href', '/notes/postmortem-guide/#template');
  // In a table, Obsidian's escaped pipe still labels the link.
  await expect(article.getByRole('link', { name: 'platform' })).toHaveAttribute('href', '/notes/team-setup/');

  await page.locator('a[href="/notes/incident-response/#^first-steps"]').click();
  await expect(page).toHaveURL(/\/notes\/incident-response\/#\^first-steps$/);
  await expect(page.locator('[id="^first-steps"]')).toContainText('acknowledge the page');
});

test('an ambiguous name or a note kept out reads as text, with no dangling link', async ({ page }) => {
  await page.goto('notes/payments-v2/');
  const article = page.locator('article');
  await expect(article.locator('.broken-link', { hasText: 'Private plan' })).toHaveCount(1);
  await expect(article.locator('a[href*="private-plan"]')).toHaveCount(0);
  // [[Setup]] fits two notes: the build listed it, and it leads to the one nearest the top, as in Obsidian.
  await expect(article.getByRole('link', { name: 'Setup', exact: true })).toHaveAttribute('href', /\/notes\/(team|tools)-setup\//);
  // From a note in Team/, [[Setup]] is Team's own.
  await page.goto('notes/onboarding/');
  await expect(page.locator('article').getByRole('link', { name: 'Setup', exact: true })).toHaveAttribute('href', '/notes/team-setup/');
});

test('embeds: a section of another note, an image found by name and sized, a file to download', async ({ page, request }) => {
  await page.goto('notes/payments-v2/');
  const embed = page.locator('[data-embed="incident-response#paging"]');
  await expect(embed).toContainText('Page the owner of the failing service');
  await page.goto('notes/incident-response/');
  const image = page.locator('article img[alt="whiteboard"]');
  await expect(image).toHaveAttribute('width', '240');
  await expect(image).toHaveAttribute('src', /^\/assets\/whiteboard\.[0-9a-f]{12}\.png$/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const pdf = page.locator('article a[download]', { hasText: 'spec.pdf' });
  const href = await pdf.getAttribute('href');
  expect(href).toMatch(/^\/assets\/spec\.[0-9a-f]{12}\.pdf$/);
  expect((await request.get(href!)).status()).toBe(200);
});

test("Obsidian's Markdown: comments gone everywhere, highlights, tags, math, callouts and task lists", async ({ page }) => {
  await page.goto('notes/incident-response/');
  const article = page.locator('article');
  await expect(article.locator('mark')).toHaveText('write everything down');
  await expect(article.locator('math')).toHaveCount(2);
  await expect(article.locator('math[display="block"]')).toHaveCount(1);
  await expect(article.locator('aside[data-callout="warning"]')).toContainText('Do not restart the database');
  // A type Obsidian does not know renders with its own title, as Obsidian does.
  await expect(article.locator('aside[data-callout="decision"]')).toContainText('We page humans, not channels');
  await expect(article.locator('input[type="checkbox"][disabled]')).toHaveCount(2);
  await expect(article.locator('a.tag', { hasText: '#team/platform' })).toHaveAttribute('href', '/tags/team/platform/');
  // Obsidian's cssclasses reach the article.
  await expect(article).toHaveClass(/\bwide\b/);

  // Nested tags get a page per level.
  await page.goto('tags/team/');
  await expect(page.locator('main')).toContainText('Incident response');
  await page.goto('tags/team/platform/');
  await expect(page.locator('main')).toContainText('Incident response');

  // The comments' text is in no file of the export: no page, search shard, preview or feed.
  const leaks = globSync('**/*', { cwd: OUT, onlyFiles: true })
    .filter((file) => !/\.(png|pdf|gz|woff2?)$/.test(file))
    .filter((file) => /ask Dana|SECRET-ROTA-NOTE/.test(readFileSync(path.join(OUT, file), 'utf8')));
  expect(leaks).toEqual([]);
});

test('properties: description is the summary, aliases find the note in search, publish: false leaves no page', async ({
  page,
  request,
}) => {
  await page.goto('notes/incident-response/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /What the person on call does first/);
  expect((await request.get('notes/private-plan/')).status()).toBe(404);
  const feed = await (await request.get('feed.xml')).text();
  expect(feed).not.toContain('Private plan');
  expect(feed).toContain('Incident response');

  // By its alias, and by the words of a highlight.
  for (const query of ['IR', 'write everything down']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(
      page
        .locator('main')
        .getByRole('link', { name: /Incident response/ })
        .first(),
    ).toBeVisible();
  }
});

test("a permalink is the note's address, and its file name's address redirects there", async ({ request }) => {
  expect((await request.get('notes/postmortem-guide/')).status()).toBe(200);
  const old = await request.get('notes/postmortems/', { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers().location).toBe('/notes/postmortem-guide/');
});

test('a vault is a vault: its dot-folders and attachments folder are no areas, and their notes no pages', async ({ page, request }) => {
  await page.goto('');
  const areas = page.locator('main section h2');
  await expect(areas).not.toContainText(['Attachments']);
  expect((await request.get('notes/workspace-notes/')).status()).toBe(404);
  expect((await request.get('notes/deleted/')).status()).toBe(404);
  expect((await request.get('notes/note/')).status()).toBe(404);
});
