import { expect, test } from './fixtures';

test('pages come with a strict Content-Security-Policy and the other security headers', async ({ request }) => {
  for (const path of ['./', 'notes/saga-pattern/', 'tags/', 'updates/']) {
    const headers = (await request.get(path)).headers();
    const scriptSrc = headers['content-security-policy']?.split('; ').find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc, path).toMatch(/^script-src 'self' 'sha256-/);
    expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['cache-control'], path).toMatch(/max-age=300/);
  }
});

test('the CSP lets every inline script of the page run and reports no violation', async ({ page }) => {
  // Violations are console errors too (the fixture fails on those); this also catches them as events.
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective}: ${e.blockedURI}`),
    );
  });
  await page.goto('notes/saga-pattern/');
  // Hydration ran (the toggle is interactive) and the theme script set the theme.
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Client-side navigation fetches the next page's payload under the same policy.
  await page.getByRole('link', { name: 'Tags', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('hashed assets are cached for a year and text is gzipped', async ({ page, request }) => {
  await page.goto('./');
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
  const response = await request.get(new URL(script ?? '', page.url()).toString(), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-encoding']).toBe('gzip');
});
