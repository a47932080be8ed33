/** Cross-links: backlinks with context, link previews, related notes, local graph. */
import { expect, test } from './fixtures';

test('backlinks list every linking note with the sentence that holds the link, the link words marked', async ({ page }) => {
  await page.goto('notes/saga-pattern/');
  const backlinks = page.getByTestId('backlinks');
  await expect(backlinks.getByRole('heading', { name: 'Referenced by' })).toBeVisible();
  const items = backlinks.getByRole('listitem');
  expect(await items.count()).toBeGreaterThan(3);
  for (const item of await items.all()) {
    await expect(item.getByRole('link')).toHaveAttribute('href', /^\/(?:[^/]+\/)?notes\/[a-z0-9-]+\/$/);
    const context = item.getByTestId('backlink-context');
    await expect(context).toHaveText(/\S+ \S+ \S+/);
    await expect(context.locator('mark')).toHaveCount(1);
  }
  // The context reads as prose: no raw wiki-link syntax or marker characters survive.
  await expect(backlinks).not.toContainText('[[');
  expect(await backlinks.innerText()).not.toMatch(/[\u0000-\u0002]/);
});

test('hovering a link to a note shows its preview after a short delay, without moving the page, and Escape dismisses it', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('notes/saga-pattern/');
  await page.waitForLoadState('networkidle');
  // Nothing of the previews is fetched before a reader points at a link.
  expect(requests.filter((url) => url.includes('/previews/'))).toEqual([]);

  const link = page.locator('article a[data-wiki-link]').first();
  const slug = await link.getAttribute('data-wiki-link');
  const paragraph = link.locator('xpath=ancestor::p[1]');
  const before = await paragraph.boundingBox();
  await link.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(link).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id')) ?? '');
  const preview = (await (await page.request.get(`previews/${slug}.json`)).json()) as { title: string; summary: string; opening: string };
  await expect(tooltip).toContainText(preview.title);
  await expect(tooltip).toContainText(preview.summary);
  expect(preview.opening.split(' ').length).toBeGreaterThan(5);
  await expect(tooltip).toContainText(preview.opening.slice(0, 30));
  expect(await paragraph.boundingBox()).toEqual(before);
  expect(await tooltip.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');

  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby', /.+/);
});

test('tabbing to a link to a note shows its preview, and Escape dismisses it', async ({ page }) => {
  await page.goto('notes/saga-pattern/');
  // Tab through the page until focus reaches a link in the article to another note.
  let reached = false;
  for (let i = 0; i < 200 && !reached; i += 1) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('article a[data-wiki-link], article a[href*="/notes/"]') ?? false);
  }
  expect(reached, 'focus reached a note link in the article').toBe(true);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const describedBy = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
  expect(describedBy).toBe(await tooltip.getAttribute('id'));
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  // Focus stays where it was.
  expect(await page.evaluate(() => document.activeElement?.closest('article') !== null)).toBe(true);
});

test('a note suggests at most five related notes, the ones its writer named first', async ({ page }) => {
  await page.goto('notes/time-travel-saga/');
  const related = page.getByTestId('related-notes');
  await expect(related.getByRole('heading', { name: 'Related notes' })).toBeVisible();
  const links = related.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(5);
  // time-travel-saga names saga-pattern in `related`, which saga-pattern returns the favour... or not;
  // either way a named note outranks any inferred one, so the first link is a named one.
  await expect(links.first()).toHaveAttribute(
    'href',
    /\/notes\/(saga-pattern|phone-tag-saga|fairy-tale-saga|anthology-saga|fantasy-fiction-saga)\/$/,
  );
});

test('the local graph opens on wide screens, loads when scrolled near, and shows the two-hop neighbourhood as links', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('notes/saga-pattern/');
  const local = page.getByTestId('local-graph');
  await expect(local).toHaveAttribute('open', '');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/graph/local/'))).toEqual([]);
  await local.scrollIntoViewIfNeeded();
  const svg = page.getByTestId('local-graph-svg');
  await expect(svg).toBeVisible();
  const nodes = svg.getByRole('link');
  expect(await nodes.count()).toBeGreaterThan(3);
  await expect(svg.locator('a[aria-current="page"]')).toHaveAttribute('href', /\/notes\/saga-pattern\/$/);
  const other = svg.locator('a:not([aria-current])').first();
  const href = await other.getAttribute('href');
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('the local graph stays collapsed on small screens until opened', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('notes/saga-pattern/');
  await page.waitForLoadState('networkidle');
  const local = page.getByTestId('local-graph');
  await expect(local).not.toHaveAttribute('open', '');
  expect(requests.filter((url) => url.includes('/graph/local/'))).toEqual([]);
  await local.locator('summary').click();
  await expect(page.getByTestId('local-graph-svg')).toBeVisible();
});
