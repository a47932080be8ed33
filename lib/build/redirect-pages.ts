/**
 * Redirects for renamed notes (`moved-from`), emitted by lib/build/emit.ts into the export after Next's: at each old
 * address a small page that sends the reader on without a script (meta refresh, a canonical
 * link, a visible link), for static hosts that have no redirect rules; and `_atlas/redirects.json`
 * listing the same redirects for the Node server (a real 301) and `npm run deploy:nginx`.
 * The manifest holds site paths without the base path, as `_atlas/csp.json` does, and each
 * reader adds the base path it serves under.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { noteHref } from '../content/paths';
import type { Site } from '../content/site-model';

export const REDIRECTS_MANIFEST = '_atlas/redirects.json';

/** Old site path → new site path, e.g. `{ "/notes/old-name/": "/notes/new-name/" }`. */
export type RedirectManifest = Record<string, string>;

export function redirectManifest(site: Site): RedirectManifest {
  return Object.fromEntries([...site.redirects].map(([former, note]) => [noteHref(former), noteHref(note.slug)]));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page at an old address. `noindex` and the canonical link keep it out of search results
 * in favour of the new page; it has no script, so the strict CSP needs no hash for it.
 */
export function redirectPage({ title, href, canonical }: { title: string; href: string; canonical: string }): string {
  const [t, h] = [escapeHtml(title), escapeHtml(href)];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved: ${t}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${h}">
</head>
<body>
<p>This note has moved to <a href="${h}">${t}</a>.</p>
</body>
</html>
`;
}

/** An export without a manifest (built before this existed, or by hand) has no redirects. */
export function readRedirectManifest(outDir: string): RedirectManifest {
  const file = path.join(outDir, REDIRECTS_MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RedirectManifest) : {};
}
