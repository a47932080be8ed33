/**
 * Search from the keyboard: the dialog (Ctrl+K, `/`, arrows, Enter, Escape), the shareable
 * search page, and what search costs a page: nothing until the reader shows intent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from '@playwright/test';
import { gzipSize } from '../../lib/build/page-weight';
import { expect, test } from './fixtures';

const OUT = path.join(process.cwd(), 'out');
const basePath = process.env.BASE_PATH ?? '';
const KB = 1024;

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request: Request) => urls.push(new URL(request.url()).pathname));
  return urls;
}

const isSearchIndex = (url: string) => url.includes('/search-index/');

test('a note page fetches nothing of search on first load; hovering the button fetches at most 20 KB gzip of search code and the manifest', async ({
  page,
}) => {
  const requests = recordRequests(page);
  await page.goto('notes/coupling/');
  await page.waitForLoadState('networkidle');
  const onLoad = [...requests];
  expect(onLoad.filter(isSearchIndex)).toEqual([]);

  const indexUrl = await page.getByRole('button', { name: 'Search' }).getAttribute('data-search-index');
  expect(indexUrl).toMatch(/\/search-index\/index\.json$/);

  await page.getByRole('button', { name: 'Search' }).hover();
  await expect.poll(() => requests.filter(isSearchIndex).length).toBe(1);
  await page.waitForLoadState('networkidle');
  const onIntent = requests.slice(onLoad.length);
  const code = onIntent.filter((url) => url.endsWith('.js'));
  expect(code.length).toBeGreaterThan(0);
  // Nothing fetched on intent was already part of the first load: search code is its own chunks.
  expect(code.filter((url) => onLoad.includes(url))).toEqual([]);
  const bytes = code.reduce((sum, url) => sum + gzipSize(readFileSync(path.join(OUT, url.slice(basePath.length)))), 0);
  expect(bytes, code.join(', ')).toBeLessThanOrEqual(20 * KB);
});

test('Ctrl+K opens the dialog; typing with a typo finds the note; arrows and Enter open the section', async ({ page }) => {
  await page.goto('notes/coupling/');
  // The shortcut is the page's once React has hydrated it: on a loaded machine that can follow the load event.
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Search notes' });
  await expect(input).toBeFocused();
  await expect(dialog.getByRole('status')).toContainText('Type to search');

  await input.pressSequentially('orchestartion');
  await expect(input).toHaveValue('orchestartion');
  const listbox = dialog.getByRole('listbox', { name: 'Results' });
  await expect(listbox.getByRole('group').first()).toContainText('Orchestration');
  const options = listbox.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await expect(options.first().locator('mark').first()).toBeVisible();

  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await input.press('Enter');
  await expect(page).toHaveURL(/\/notes\/orchestration\/#[a-z0-9-]+$/);
  await expect(dialog).toBeHidden();
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('`/` opens the dialog, an acronym finds its note, Escape closes and returns focus', async ({ page }) => {
  await page.goto('./');
  const button = page.getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('CQRS');
  await expect(dialog.getByRole('group').first()).toContainText('Command Query Responsibility Segregation');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('keys typed right after the shortcut, while the dialog loads, are not lost', async ({ page }) => {
  await page.goto('notes/coupling/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('saga');
  await expect(page.getByRole('combobox', { name: 'Search notes' })).toHaveValue('saga');
});

test('the dialog says so when nothing matches, and suggests what to try', async ({ page }) => {
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await dialog.getByRole('combobox').fill('qqxzj');
  await expect(dialog.getByRole('status')).toContainText('No results for “qqxzj”. Try');
  await expect(dialog.getByRole('option')).toHaveCount(0);
});

test('the search page shows ranked results from a shared link, after a reload, and follows the input', async ({ page }) => {
  await page.goto('search/?q=circuit%20breaker');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('link').first()).toHaveAttribute('href', /\/notes\/circuit-breaker\//);
  const ranked = await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(ranked.length).toBeGreaterThan(1);

  await page.reload();
  await expect(results.getByRole('link').first()).toHaveAttribute('href', /\/notes\/circuit-breaker\//);
  expect(await results.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(ranked);

  const input = page.getByRole('searchbox', { name: /Search notes/ });
  await expect(input).toHaveValue('circuit breaker');
  await input.fill('2PC');
  await expect(page).toHaveURL(/\/search\/\?q=2PC$/);
  await expect(results.getByRole('link').first()).toHaveAttribute('href', /\/notes\/two-phase-commit\//);
  await results.getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/notes\/two-phase-commit\//);
});

test('a query fetches only the index parts its words need, and the records of the notes it shows, each once', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('notes/coupling/');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  const input = dialog.getByRole('combobox', { name: 'Search notes' });
  const settled = dialog.locator('[role="status"][aria-busy="false"]');
  const parts = () => requests.filter(isSearchIndex).map((url) => path.posix.basename(url));

  await input.fill('circuit breaker');
  await expect(dialog.getByRole('group').first()).toContainText('Circuit Breaker');
  await expect(settled).toBeVisible();
  const first = parts();
  const exported = readdirSync(path.join(OUT, 'search-index')).filter((file) => file.endsWith('.json'));
  expect(first.filter((file) => file.startsWith('index.'))).toHaveLength(1);
  const shards = first.filter((file) => file.startsWith('t.'));
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThan(exported.filter((file) => file.startsWith('t.')).length);
  // Records of the notes shown (eight at most), not of every note.
  const records = first.filter((file) => file.startsWith('r.'));
  expect(records.length).toBeGreaterThan(0);
  expect(records.length).toBeLessThanOrEqual(8);

  await input.fill('idempotency');
  await expect(dialog.getByRole('group').first()).toContainText('Idempotency');
  await expect(settled).toBeVisible();
  const later = parts().slice(first.length);
  expect(later.length).toBeGreaterThan(0);
  expect(later.filter((file) => first.includes(file))).toEqual([]);
  expect(new Set(parts()).size).toBe(parts().length);
  // The snippet shows the matched word, wherever it is in the section.
  await expect(dialog.getByRole('option').first().locator('mark').first()).toBeVisible();
});

test('an acronym matches its note exactly: "BFF" finds the API gateway, not words starting with f', async ({ page }) => {
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the notes' });
  await dialog.getByRole('combobox').fill('BFF');
  await expect(dialog.getByRole('group').first()).toContainText('API Gateway');
  await expect(dialog.getByRole('group')).toHaveCount(1);
});
