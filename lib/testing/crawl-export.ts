/**
 * Checks every internal link of an exported site on disk: each `href` in every HTML page of
 * `out/` must reach a file (trailing-slash URLs are `index.html` files) and each `#anchor` an
 * `id` in the target page. Script bodies are skipped: their JSON repeats the page's links.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const HREF = /<(?:a|link|area)\b[^>]*?\shref="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const unescape = (value: string) =>
  value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

export function crawlExport(outDir: string, basePath = ''): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = globSync('**/*.html', { cwd: outDir });
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => unescape(m[1] ?? '')));
      ids.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const file = path.join(outDir, page);
    const html = readFileSync(file, 'utf8').replace(SCRIPT, '');
    const pageUrl = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const match of html.matchAll(HREF)) {
      const href = unescape(match[1] ?? '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      links += 1;
      const url = new URL(href, `http://site${basePath}${pageUrl}`);
      if (basePath && !url.pathname.startsWith(`${basePath}/`)) {
        broken.push({ page, href, reason: `outside the base path ${basePath}` });
        continue;
      }
      const target = resolveFile(outDir, decodeURIComponent(url.pathname.slice(basePath.length)));
      if (!target) {
        broken.push({ page, href, reason: 'no such page or file in the export' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor))
        broken.push({ page, href, reason: `no element with id "${anchor}"` });
    }
  }
  return { pages: pages.length, links, broken };
}

function resolveFile(outDir: string, pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`, `${pathname}/index.html`];
  for (const candidate of candidates) {
    const file = path.join(outDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}
