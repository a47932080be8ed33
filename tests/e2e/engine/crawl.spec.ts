/**
 * Every page of the export opens in the browser with no console error and no failed
 * request (the fixture checks both), every note's page shows its article under its title, and
 * every internal link and #anchor on it resolves to a page and an element id that exist in out/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { MIN_PAGES } from '../../../lib/testing/suites';
import { expect, test } from '../fixtures';

const OUT = path.join(process.cwd(), process.env.ATLAS_OUT_DIR ?? 'out');
const basePath = process.env.BASE_PATH ?? '';
const pages = globSync('**/index.html', { cwd: OUT })
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The exported file a site path serves, or undefined. */
function fileFor(pathname: string): string | undefined {
  const local = decodeURIComponent(basePath && pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname);
  const candidates = local.endsWith('/')
    ? [path.join(OUT, local, 'index.html')]
    : [path.join(OUT, local), path.join(OUT, `${local}.html`), path.join(OUT, local, 'index.html')];
  return candidates.find((c) => existsSync(c));
}

function isRedirectPage(pagePath: string): boolean {
  return /http-equiv="refresh"/i.test(readFileSync(path.join(OUT, pagePath, 'index.html'), 'utf8'));
}

const CHUNKS = 4;
for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
  test(`crawl of the export, part ${chunk + 1} of ${CHUNKS}`, async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    expect(pages.length).toBeGreaterThanOrEqual(MIN_PAGES);
    const origin = new URL(baseURL ?? '').origin;
    const broken: string[] = [];
    for (const pagePath of pages.filter((_, i) => i % CHUNKS === chunk)) {
      await page.goto(pagePath);
      // A note's page shows its article under its title; a renamed note's old address only redirects.
      if (/^notes\/[^/]+\/$/.test(pagePath) && !isRedirectPage(pagePath)) {
        await expect(page.locator('article')).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      }
      // getAttribute, not .href: links inside SVG diagrams are SVG elements, whose href is not a string.
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
      for (const href of new Set(hrefs)) {
        const url = new URL(href);
        if (url.origin !== origin) continue;
        const file = fileFor(url.pathname);
        if (!file) broken.push(`${pagePath} → ${url.pathname} (no such page)`);
        else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${pagePath} → ${url.pathname}${url.hash} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
}
