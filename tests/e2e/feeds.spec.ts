import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from './fixtures';

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);

test('/feed.xml is a valid Atom feed of notes with absolute links under the site URL', async ({ request, baseURL }) => {
  const response = await request.get('feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parse(xml).feed;
  expect(feed.entry.length).toBeGreaterThan(5);
  const basePath = new URL(baseURL ?? '').pathname;
  for (const entry of feed.entry) {
    expect(entry.id).toMatch(new RegExp(`^https?://[^/]+${basePath}notes/[a-z0-9-]+/$`));
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
  }
});

test('/sitemap.xml lists every note and /robots.txt points to it', async ({ request }) => {
  const sitemap = parse(await (await request.get('sitemap.xml')).text());
  const urls: string[] = sitemap.urlset.url.map((u: { loc: string }) => u.loc);
  expect(urls.filter((u) => /\/notes\/[a-z0-9-]+\/$/.test(u)).length).toBeGreaterThanOrEqual(40);
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('a note has canonical, OpenGraph and Twitter metadata, last-updated date and a feed link', async ({ page }) => {
  await page.goto('notes/cqrs/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/.+\/notes\/cqrs\/$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /CQRS|Command Query/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.{40,}/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
  const lastUpdated = page.getByText(/^Last updated/);
  await expect(lastUpdated).toBeVisible();
  await expect(lastUpdated.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
});

test('/updates/ lists recently changed notes with date, title and summary', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Updates' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recent updates');
  const items = page.getByRole('main').getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(5);
  await expect(items.first().locator('time')).toHaveAttribute('datetime', /^\d{4}-/);
  await expect(items.first().getByRole('link')).toHaveAttribute('href', /\/notes\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', /\/feed\.xml$/);
});
