import { expect, test } from './fixtures';

test('the theme follows the system until the reader chooses', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('notes/cqrs/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await context.close();
});

test('the toggle switches theme, persists it, and the next page never paints the old one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('notes/cqrs/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // The theme must already be set when the document's first script runs, before any paint.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
    });
  });
  await page.goto('notes/coupling/');
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(15, 17, 21)');
});
