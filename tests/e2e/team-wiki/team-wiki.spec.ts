/**
 * The engine on a team's own wiki (tests/fixtures/team-wiki): its README on the home page, its
 * folders as areas, Markdown read as Markdown, its image and diagram, and nothing of ours.
 */
import { expect, test } from '../fixtures';

test("the home page is the team's: its README, its areas, none of ours", async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme engineering wiki');
  await expect(page.locator('main')).toContainText('Where the platform team writes down how things work');
  await expect(page.locator('main')).not.toContainText('Maintainers: keep this page short');
  const areas = page.locator('main section h2');
  await expect(areas).toHaveText(['Data', 'General', 'Team handbook']);
  await expect(page.getByText('Foundations')).toHaveCount(0);
  // No word of ours: not the atlas's name, nor its notes as search examples.
  await expect(page.locator('body')).not.toContainText(/atlas|CQRS/i);
});

test('no saga explorer and no reading list: their links are gone and their pages were not written', async ({ page, request }) => {
  await page.goto('');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Saga explorer' })).toHaveCount(0);
  await expect(header.getByRole('link', { name: 'Reading list' })).toHaveCount(0);
  expect((await request.get('sagas/')).status()).toBe(404);
  expect((await request.get('links/')).status()).toBe(404);
});

test('a Markdown note without frontmatter: titled from its heading, prose as text, HTML and tables rendered', async ({ page }) => {
  await page.goto('notes/onboarding/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Onboarding');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // Its summary is its first paragraph: shown once, not again as a lede under the title.
  await expect(page.locator('main').getByText('Your first week:')).toHaveCount(1);
  const article = page.locator('article');
  await expect(article).toContainText('say {x} or List<T> and it stays text');
  await expect(article).not.toContainText('TODO');
  await expect(article.locator('kbd')).toHaveText('/');
  await expect(article.locator('table')).toBeVisible();
});

test('relative links between Markdown files lead to the notes and their sections', async ({ page }) => {
  await page.goto('notes/onboarding/');
  await page.getByRole('link', { name: 'retention policy' }).click();
  await expect(page).toHaveURL(/\/notes\/retention\/#why$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data retention');
});

test('an image beside a note is published under a hashed name, with its size and alt text', async ({ page }) => {
  await page.goto('notes/onboarding/');
  const image = page.getByRole('img', { name: "The team's whiteboard, week one" });
  await expect(image).toHaveAttribute('src', /^\/assets\/whiteboard\.[0-9a-f]{8,}\.png$/);
  await expect(image).toHaveAttribute('width', '64');
  await expect(image).toHaveAttribute('height', '40');
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
});

test("a diagram in the team's notes is drawn at build time, its node linked to a note", async ({ page }) => {
  await page.goto('notes/retention/');
  const figure = page.locator('figure[data-diagram]');
  await expect(figure).toHaveCount(1);
  await expect(figure.locator('svg').first()).toBeVisible();
  await expect(figure.locator('a[href="/notes/ci/"]').first()).toBeAttached();
});

test("a folder README introduces its area, and a sub-folder README is that folder's note", async ({ page }) => {
  await page.goto('notes/team-handbook/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team handbook');
  // The introduction lists its area's notes, and is not listed again among them.
  const areaNotes = page.getByTestId('area-notes');
  await expect(areaNotes.getByRole('link', { name: 'Onboarding' })).toBeVisible();
  await expect(areaNotes.getByRole('link', { name: 'Team handbook' })).toHaveCount(0);
  const sidebar = page.getByRole('navigation', { name: 'Areas' });
  await expect(sidebar.getByRole('link', { name: 'Team handbook', exact: true })).toHaveAttribute('href', '/notes/team-handbook/');
  await expect(sidebar.locator('.sidebar-link', { hasText: /^Team handbook$/ })).toHaveCount(0);
  await page.goto('');
  await expect(page.locator('#area-team-handbook').getByRole('link', { name: 'Read the introduction' })).toHaveAttribute(
    'href',
    '/notes/team-handbook/',
  );
  await page.goto('notes/ci/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Continuous integration');
});

test("search finds the team's Markdown notes", async ({ page }) => {
  await page.goto('search/?q=onboarding');
  await expect(page.getByRole('link', { name: /Onboarding/ }).first()).toBeVisible();
});

test('notes written for Obsidian, GitHub or Docusaurus render as there', async ({ page }) => {
  await page.goto('notes/release-checklist/');
  const article = page.locator('article');
  await expect(article).not.toContainText('automate the tag step');
  await expect(article.locator('mark')).toHaveText('Never skip the smoke test.');
  await expect(article.locator('aside[data-callout="important"]')).toHaveAccessibleName('We release on Tuesdays');
  await expect(article.locator('aside[data-callout="warning"]')).toHaveAccessibleName('Freeze');
  await expect(article.locator('input[type="checkbox"][disabled]')).toHaveCount(2);
  await expect(article.locator('math')).toHaveCount(1);
  await expect(article).toContainText('a release costs $5 and $10 of compute');
  await article.getByRole('link', { name: '#process/release' }).click();
  await expect(page).toHaveURL(/\/tags\/process\/release\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#process/release');
  await page.goto('tags/process/');
  await expect(page.getByRole('main').getByRole('link', { name: '#process/release (1)' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Release checklist' })).toBeVisible();
});
