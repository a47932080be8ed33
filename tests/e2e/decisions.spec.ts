/** The decision log (issue 18): the timeline, the status filter in the URL, a superseded decision, and decisions on a pattern note. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const entries = (page: Page) => page.getByTestId('decision-entry');

test('the log lists every decision newest first, each with status, date and deciders, and links a superseded one to its replacement', async ({
  page,
}) => {
  await page.goto('decisions/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Decisions');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Decisions' }).first()).toHaveAttribute(
    'href',
    '/decisions/',
  );
  await expect(entries(page)).toHaveCount(4);
  const dates = await entries(page)
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  const first = entries(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Keep Drawn Diagrams with the Content, in .diagrams/');
  await expect(first).toContainText('ADR-0004');
  await expect(first.getByTestId('decision-status')).toHaveText('accepted');
  await expect(first).toContainText('3 December 2026');
  await expect(first).toContainText('Deciders: Architecture Atlas maintainers');
  const superseded = entries(page).filter({ hasText: 'Draw Mermaid Diagrams at Build Time' });
  await expect(superseded.getByTestId('decision-status')).toHaveText('superseded');
  await expect(superseded.getByTestId('superseded-by').getByRole('link')).toHaveAttribute(
    'href',
    '/notes/keep-drawn-diagrams-with-the-content/',
  );
});

test('the status filter lives in the URL: a shared link opens the same view, and choosing changes it', async ({ page }) => {
  await page.goto('decisions/?status=accepted');
  const filter = page.getByRole('group', { name: 'Status' });
  await expect(filter.getByRole('radio', { name: /^accepted/i })).toBeChecked();
  await expect(entries(page).locator('visible=true')).toHaveCount(3);
  for (const status of await entries(page).locator('visible=true').getByTestId('decision-status').allTextContents())
    expect(status).toBe('accepted');
  await expect(page.getByTestId('decision-count')).toHaveText('3 of 4 decisions are accepted.');

  await filter.getByRole('radio', { name: /^superseded/i }).click();
  await expect(page).toHaveURL(/\/decisions\/\?status=superseded$/);
  await expect(entries(page).locator('visible=true')).toHaveCount(1);
  await expect(entries(page).locator('visible=true')).toContainText('Draw Mermaid Diagrams at Build Time');

  await filter.getByRole('radio', { name: /^all/i }).click();
  await expect(page).toHaveURL(/\/decisions\/$/);
  await expect(entries(page).locator('visible=true')).toHaveCount(4);
});

test('the filter and the entries are reachable with the keyboard', async ({ page }) => {
  await page.goto('decisions/');
  const filter = page.getByRole('group', { name: 'Status' });
  // The choices are disabled until the page is hydrated (without JavaScript every entry shows).
  await expect(filter.getByRole('radio', { checked: true })).toBeEnabled();
  await filter.getByRole('radio', { checked: true }).focus();
  // All → proposed → accepted: arrow keys move through a radio group and choose.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(filter.getByRole('radio', { name: /^accepted/i })).toBeChecked();
  await expect(page).toHaveURL(/\?status=accepted$/);
  // Tab leaves the group and reaches the newest visible decision's link.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Keep Drawn Diagrams with the Content, in .diagrams/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/notes\/keep-drawn-diagrams-with-the-content\/$/);
});

test('a superseded decision says so at the top and links to its replacement; its facts are listed', async ({ page }) => {
  await page.goto('notes/draw-mermaid-diagrams-at-build-time/');
  const notice = page.getByTestId('superseded-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Superseded.');
  const box = await notice.boundingBox();
  const article = await page.locator('#note-article').boundingBox();
  expect(box!.y).toBeLessThan(article!.y);
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(/\/notes\/keep-drawn-diagrams-with-the-content\/$/);
  const facts = page.getByTestId('decision-facts');
  await expect(page.getByTestId('superseded-notice')).toHaveCount(0);
  await expect(facts.getByTestId('decision-status')).toHaveText('accepted');
  await expect(facts).toContainText('3 December 2026');
  await expect(facts).toContainText('Architecture Atlas maintainers');
  await expect(facts.getByRole('link', { name: 'Connascence' })).toHaveAttribute('href', '/notes/connascence/');
  await expect(facts.getByRole('link', { name: 'Draw Mermaid Diagrams at Build Time' })).toBeVisible();
});

test('a pattern note lists the decisions that apply it, with their status', async ({ page }) => {
  await page.goto('notes/connascence/');
  const section = page.getByTestId('decisions-applying');
  await expect(section.getByRole('heading', { name: 'Decisions that apply this' })).toBeVisible();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section.getByTestId('decision-status')).toHaveText('accepted');
  await expect(section.getByRole('link')).toHaveAttribute('href', '/notes/keep-drawn-diagrams-with-the-content/');
  await page.goto('notes/coupling/');
  await expect(page.getByTestId('decisions-applying')).toHaveCount(0);
});

test('the sitemap lists the decision log', async ({ request }) => {
  expect(await (await request.get('sitemap.xml')).text()).toContain('/decisions/</loc>');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every decision shows, whatever the URL asks for, and the choices say why they wait', async ({ page }) => {
    await page.goto('decisions/?status=accepted');
    await expect(entries(page).locator('visible=true')).toHaveCount(4);
    await expect(page.getByText('Filtering needs JavaScript')).toBeVisible();
  });
});
