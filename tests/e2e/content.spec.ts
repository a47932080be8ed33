import { expect, test } from './fixtures';

// Every note opens without a console error and shows its article and title: the crawl checks it
// for every page of every wiki (engine/crawl.spec.ts).

test('a note lists its primary source first under further reading, labelled', async ({ page }) => {
  await page.goto('notes/information-hiding/');
  const reading = page.locator('section[aria-labelledby="further-reading"] li');
  await expect(reading.first()).toContainText('Primary source');
  await expect(reading.first()).toContainText('Parnas');
  await expect(reading.nth(1)).not.toContainText('Primary source');
});

test('the reading list groups every link by topic, names its notes, and filters by kind and text', async ({ page }) => {
  await page.goto('links/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading list');
  const entries = page.locator('[data-library-entry]');
  const total = await entries.count();
  expect(total).toBeGreaterThanOrEqual(71);
  await expect(page.getByRole('heading', { level: 2, name: 'Coordination and sagas' })).toBeVisible();
  const saga = entries.filter({ has: page.locator('a[href="https://microservices.io/patterns/data/saga.html"]') });
  await expect(saga).toContainText('Cited by');
  await expect(saga.getByRole('link', { name: /^saga pattern$/i })).toHaveAttribute('href', '/notes/saga-pattern/');
  // The original paper is labelled as the primary source; a write-up about the pattern is not.
  await expect(entries.filter({ has: page.locator('a[href="https://dl.acm.org/doi/10.1145/38713.38742"]') })).toContainText(
    'Primary source',
  );
  await expect(saga).not.toContainText('Primary source');

  await page.getByLabel('Kind').selectOption('video');
  const videos = await entries.locator('visible=true').count();
  expect(videos).toBeGreaterThan(0);
  expect(videos).toBeLessThan(total);
  for (const kind of await entries.locator('visible=true').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind)))
    expect(kind).toBe('video');
  await expect(page).toHaveURL(/\?kind=video$/);

  await page.getByLabel('Kind').selectOption('');
  await page.getByLabel('Text').fill('circuit breaker');
  await expect(page.getByRole('status').or(page.locator('[aria-live="polite"]'))).toContainText(/of \d+ links/);
  await expect(entries.locator('visible=true').first()).toContainText(/circuit/i);

  await page.getByLabel('Text').fill('zzzz-nothing');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('No link matches: clear the filters to see all.');

  await page.goto('links/?kind=repo');
  await expect(page.getByLabel('Kind')).toHaveValue('repo');
  expect(await entries.locator('visible=true').count()).toBeLessThan(total);
});
