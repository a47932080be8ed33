/**
 * A renamed note's old address (`moved-from` in its frontmatter) still leads to it: through the
 * server's 301, and through the static page the export keeps there for hosts without rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCspManifest } from '../../lib/csp/manifest';
import { contentSecurityPolicy } from '../../lib/server/security-headers';
import { expect, test } from './fixtures';

const OLD = 'notes/fallacies-of-distributed-systems/';
const NEW = /\/notes\/fallacies-of-distributed-computing\/$/;
const OUT = path.join(process.cwd(), 'out');

test('the old address of a renamed note lands on the note, with or without its slash', async ({ page }) => {
  for (const address of [OLD, OLD.replace(/\/$/, '')]) {
    const response = await page.goto(address);
    expect(response?.request().redirectedFrom()?.url(), address).toMatch(/fallacies-of-distributed-systems\/?$/);
    await expect(page).toHaveURL(NEW);
    await expect(page.getByRole('heading', { level: 1, name: 'Fallacies of Distributed Computing' })).toBeVisible();
  }
});

test('on a host without redirect rules, the page at the old address sends the reader on without a script', async ({ page, baseURL }) => {
  const file = path.join(OUT, OLD, 'index.html');
  const hashes = readCspManifest(OUT)[`/${OLD}index.html`];
  expect(hashes).toEqual([]);
  // The page as a plain static host would serve it, under the strictest policy the export allows.
  const stand = new URL('moved-from-a-plain-host/', baseURL).href;
  await page.route(stand, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': contentSecurityPolicy([]) },
      body: readFileSync(file, 'utf8'),
    }),
  );
  await page.goto(stand);
  await expect(page).toHaveURL(NEW);
  await expect(page.getByRole('heading', { level: 1, name: 'Fallacies of Distributed Computing' })).toBeVisible();
});

test('the redirect page has a visible link, a canonical link and noindex, and is not in the sitemap', async ({ request }) => {
  const html = readFileSync(path.join(OUT, OLD, 'index.html'), 'utf8');
  expect(html).toMatch(
    /<p>This note has moved to <a href="[^"]*\/notes\/fallacies-of-distributed-computing\/">Fallacies of Distributed Computing<\/a>\.<\/p>/,
  );
  expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/notes\/fallacies-of-distributed-computing\/">/);
  expect(html).toContain('<meta name="robots" content="noindex">');
  const sitemap = await (await request.get('sitemap.xml')).text();
  expect(sitemap).toContain('/notes/fallacies-of-distributed-computing/');
  expect(sitemap).not.toContain('fallacies-of-distributed-systems');
});
