/**
 * Hostile notes (tests/fixtures/imported-wiki/content/untrusted), built in warn mode and served as
 * `npm start` serves them: no code of theirs ran at build, nothing of the build machine reached
 * the export, and no script of theirs runs in a reader's browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { globSync } from 'tinyglobby';
import { HOSTILE_MARKER, IMPORTED_SECRET } from '../../../lib/testing/suites';
import { expect, test } from '../fixtures';

const OUT = path.join(process.cwd(), process.env.ATLAS_OUT_DIR ?? 'out-imported');
const textFiles = () =>
  globSync('**/*', { cwd: OUT, onlyFiles: true })
    .filter((file) => !/\.(png|pdf|gz|woff2?)$/.test(file))
    .map((file) => ({ file, text: readFileSync(path.join(OUT, file), 'utf8') }));

test('no code of a note ran at build: the marker file a ---js block or a YAML tag would write is absent', () => {
  expect(existsSync(HOSTILE_MARKER)).toBe(false);
});

test('nothing of the build machine is published: no secret of its environment, no line of its files', () => {
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
  const leaks = textFiles().filter(({ text }) => text.includes(IMPORTED_SECRET) || text.includes(passwd) || text.includes('/proc/'));
  expect(leaks.map((l) => l.file)).toEqual([]);
  for (const refused of ['environ', 'passwd', 'js-frontmatter', 'yaml-tag'])
    expect(existsSync(path.join(OUT, 'notes', refused)), `a page for ${refused}`).toBe(false);
});

test('no script, style or redirect of a note reaches the reader: no dialog, the page shown and kept', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  for (const note of ['xss', 'poisoned-diagram', 'svg-image', 'odd-text']) {
    await page.goto(`notes/${note}/`);
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`/notes/${note}/$`));
    await expect(page.locator('article')).toBeVisible();
  }
  await page.goto('notes/xss/');
  await expect(page.locator('article')).toContainText('The rest of this page is ordinary text: it still renders.');
  // Clicking what used to be a javascript: link runs nothing.
  await page.locator('article').getByText('A link', { exact: true }).click();
  await page.locator('article').getByText('Toggle').click();
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __atlasPwned?: string }).__atlasPwned)).toBeUndefined();
  // The writer's style neither hid the page nor covered it.
  await expect(page.locator('body')).toBeVisible();
  await expect(page.locator('article').getByText('Cover')).not.toHaveCSS('position', 'fixed');
});

test("a note's HTML holds none of what was removed, and its ids cannot clobber the page's", async ({ request }) => {
  const html = await (await request.get('notes/xss/')).text();
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  for (const trace of [
    '<script',
    'onerror',
    'ontoggle',
    'javascript:',
    'vbscript:',
    '<iframe',
    '<object',
    '<embed',
    '<form',
    '<meta',
    '<base',
    '<link',
    '<style',
    'data:text',
    'svg+xml',
  ])
    expect(article, trace).not.toContain(trace);
  expect(article).toContain('id="user-content-__next_f"');
});

test('a poisoned diagram in the cache and a scripted SVG image are cleaned; the CSP hashes no script of theirs', async ({ request }) => {
  const diagram = await (await request.get('notes/poisoned-diagram/')).text();
  const figure = diagram.slice(diagram.indexOf('data-diagram'), diagram.indexOf('</figure>'));
  expect(figure).toContain('Cache');
  for (const trace of ['alert', 'onload', 'onclick', 'onerror', 'javascript:', 'body{display']) expect(figure, trace).not.toContain(trace);
  const svgImage = await (await request.get('notes/svg-image/')).text();
  const src = /src="(\/assets\/scripted\.[0-9a-f]{12}\.svg)"/.exec(svgImage)?.[1];
  expect(src).toBeDefined();
  const svg = await (await request.get(src!)).text();
  expect(svg).toContain('<rect');
  for (const trace of ['<script', 'onload', 'foreignObject', 'iframe']) expect(svg, trace).not.toContain(trace);
});

test('odd text does not break the build or the feed: control characters, a % anchor, a huge line mark', async ({ request }) => {
  expect((await request.get('notes/odd-text/')).status()).toBe(200);
  const feed = await (await request.get('feed.xml')).text();
  expect(XMLValidator.validate(feed)).toBe(true);
  expect(feed).not.toContain('\u0001');
  const html = await (await request.get('notes/odd-text/')).text();
  expect(html.match(/class="code-line"/g)?.length).toBe(1);
});
