import { expect, test } from './fixtures';

test('home page lists every area with its notes and summaries', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Architecture Atlas');
  for (const area of ['Foundations', 'Coordination and sagas', 'Data', 'Distributed systems', 'Microservices']) {
    await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
  }
  const card = page.getByRole('main').getByRole('link', { name: /^Circuit Breaker/ });
  await expect(card).toContainText(/.{40,}/);
  await card.click();
  await expect(page).toHaveURL(/\/notes\/circuit-breaker\/$/);
});

test('a note page has its title, summary, contents, article, tags, reading list and neighbours', async ({ page }) => {
  await page.goto('notes/circuit-breaker/');
  await expect(page).toHaveTitle(/Circuit Breaker · Architecture Atlas/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Circuit Breaker/);
  const toc = page.locator('nav[aria-label="On this page"]');
  await expect(toc).toHaveCount(1);
  await expect(toc.getByRole('link', { name: 'Problem' })).toHaveAttribute('href', '#problem');
  await expect(page.locator('article h2#problem')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link').first()).toHaveAttribute('href', /\/tags\/[a-z-]+\/$/);
  await expect(page.getByRole('heading', { name: 'Further reading' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Previous and next in this area' }).getByRole('link')).not.toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Distributed systems');
  await expect(page.getByRole('navigation', { name: 'Areas' }).locator('[aria-current="page"]').first()).toHaveText('Circuit Breaker');
});

test('wiki-links resolve by slug and alias to note pages', async ({ page }) => {
  await page.goto('notes/saga-pattern/');
  const internal = page.locator('article a[data-wiki-link]');
  expect(await internal.count()).toBeGreaterThan(3);
  const href = await internal.first().getAttribute('href');
  expect(href).toMatch(/^\/notes\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
  await internal.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('external links are marked and open safely in a new tab', async ({ page }) => {
  await page.goto('notes/circuit-breaker/');
  const external = page.locator('a[href^="https://"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const link of await external.all()) {
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toContainText('(opens in a new tab)');
  }
});

test('headings carry an anchor link that can be copied', async ({ page }) => {
  await page.goto('notes/circuit-breaker/');
  const anchor = page.locator('article h2#problem a.heading-anchor');
  await expect(anchor).toHaveAttribute('href', '#problem');
});

test('tag pages list the notes that carry the tag', async ({ page }) => {
  await page.goto('tags/');
  const first = page.getByRole('main').getByRole('link').first();
  const tag = (await first.textContent())?.match(/#([a-z0-9-]+)/)?.[1];
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${tag}`);
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});

test('an unknown address shows the 404 page', async ({ page, pageErrors }) => {
  const response = await page.goto('notes/no-such-note/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/does not exist/);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  pageErrors.length = 0; // the 404 itself is the point of this test
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('notes/cqrs/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the layout fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('notes/saga-pattern/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByText('Browse areas').click();
  await expect(page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Epic Saga' })).toBeVisible();
});
