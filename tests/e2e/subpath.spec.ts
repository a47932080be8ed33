/**
 * Runs only against the BASE_PATH=/kb build (playwright.subpath.config.ts): every page, link
 * and asset of the site must live under /kb/, and pages must work there in a browser.
 */
import { expect, test } from './fixtures';

const BASE = '/kb/';
// Attribute values that name a URL in the exported HTML (RSC payloads repeat them as JSON).
const URL_ATTRIBUTE = /\b(?:href|src)="([^"]+)"/g;

test('a crawl from /kb/ finds every page, link and asset under /kb/, and each one answers', async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const seen = new Set<string>([BASE]);
  const queue = [BASE];
  const outside: string[] = [];
  const failing: string[] = [];
  while (queue.length > 0) {
    const current = queue.shift() ?? BASE;
    const response = await request.get(`${origin}${current}`);
    if (response.status() !== 200) failing.push(`${response.status()} ${current}`);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    for (const [, raw = ''] of (await response.text()).matchAll(URL_ATTRIBUTE)) {
      const url = new URL(raw.replaceAll('&amp;', '&'), `${origin}${current}`);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(BASE)) outside.push(`${raw} (on ${current})`);
      else if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }
  expect(outside, 'same-origin URLs outside /kb/').toEqual([]);
  expect(failing, 'URLs that do not answer 200').toEqual([]);
  expect([...seen].filter((p) => p.startsWith('/kb/notes/')).length).toBeGreaterThanOrEqual(40);
  expect([...seen].some((p) => p.startsWith('/kb/_next/static/'))).toBe(true);
});

test('pages load all their assets under /kb/ and client navigation stays there', async ({ page }) => {
  await page.goto('notes/saga-pattern/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator('article a[data-wiki-link]').first().click();
  await expect(page).toHaveURL(/\/kb\/notes\/[a-z0-9-]+\/(#.*)?$/);
  await page.getByRole('link', { name: 'Updates', exact: true }).click();
  await expect(page).toHaveURL(/\/kb\/updates\/$/);
  await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/kb/feed.xml');
});

test('feeds, sitemap, robots and canonical URLs carry the base path', async ({ request, page }) => {
  const feed = await (await request.get('feed.xml')).text();
  expect(feed).toMatch(/<link rel="self" type="application\/atom\+xml" href="https?:\/\/[^"]+\/kb\/feed\.xml"\/>/);
  expect(feed).toMatch(/<id>https?:\/\/[^<]+\/kb\/notes\/[a-z0-9-]+\/<\/id>/);
  expect(await (await request.get('sitemap.xml')).text()).toMatch(/<loc>https?:\/\/[^<]+\/kb\/notes\//);
  expect(await (await request.get('robots.txt')).text()).toMatch(/Sitemap: https?:\/\/\S+\/kb\/sitemap\.xml/);
  await page.goto('notes/cqrs/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/kb\/notes\/cqrs\/$/);
});

test('the strict CSP holds under /kb/ too', async ({ request }) => {
  const policy = (await request.get('notes/cqrs/')).headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-/);
  expect(scriptSrc).not.toContain('unsafe');
});
