/**
 * The emit stage: every file the pages fetch besides the pages themselves, from the site model.
 * Each emitter returns what to write (Quartz's emitter contract): a body, or a file to copy
 * by reference so that images are never read into memory. One writer writes them.
 *
 * The build (scripts/build.ts) and `npm run dev` (scripts/dev.ts) write the fetched files into
 * generated subfolders of `public/` before Next starts, so Next serves them as static files in
 * `next dev` and copies them into the export: one path for both, no dev-only routes.
 * Redirect pages are the exception, written into the export after Next's: in `public/` a page at
 * `/notes/<old>/index.html` would sit under Next's own `/notes/[slug]` route, which `next dev`
 * answers first (and with `trailingSlash` it would not serve `index.html` there anyway).
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema';
import { noteHref, withBasePath } from '../content/paths';
import { imagesByHref } from '../content/resolve-images';
import type { Site } from '../content/site-model';
import { updatedDates } from '../history';
import { searchFiles, searchManifestPath } from '../search/site-index';
import { writeSnapshot } from '../site/snapshot';
import { absoluteUrl } from '../site/absolute-url';
import { redirectManifest, redirectPage, REDIRECTS_MANIFEST } from './redirect-pages';
import { siteDataFile, siteDataHref, siteDataItems } from './site-data';

/** A file to write at a site path (no base path): its text, or the file to copy there. */
export type Emitted = { path: string; body: string } | { path: string; copyOf: string };

/**
 * The subfolders of `public/` the emit stage owns: it empties them before writing, and they are
 * git-ignored. A team's own public files must live elsewhere (anything else in `public/` is kept).
 */
export const GENERATED_PUBLIC_DIRS = ['graph', 'previews', 'search-index', 'assets'] as const;

/** The concept graph, and per note its link preview and local graph (lib/build/site-data.ts). */
export function emitSiteData(site: Site): Emitted[] {
  return siteDataItems(site).map((item) => {
    const body = siteDataFile(site, item);
    if (body === undefined) throw new Error(`no site data for ${siteDataHref(item)}`);
    return { path: siteDataHref(item), body };
  });
}

/** The search index's parts (lib/search/site-index.ts). */
export function emitSearchFiles(site: Site): Emitted[] {
  return searchFiles(site).map((file) => ({ path: file.path, body: file.body }));
}

/** The images notes show, at their content-hashed paths (`/assets/<name>.<hash>.<ext>`). */
export function emitImages(site: Pick<Site, 'images'>): Emitted[] {
  return [...imagesByHref(site.images)]
    .map(([href, image]) => ({ path: href, copyOf: image.absolutePath }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A page at each renamed note's old address, and `_atlas/redirects.json` for the server and nginx. */
export function emitRedirects(site: Site, config: Pick<SiteConfig, 'url' | 'basePath'>): Emitted[] {
  const pages = [...site.redirects].map(([former, note]): Emitted => {
    const to = noteHref(note.slug);
    return {
      path: `${noteHref(former)}index.html`,
      body: redirectPage({ title: note.title, href: withBasePath(to, config.basePath), canonical: absoluteUrl(to, config) }),
    };
  });
  return [...pages, { path: `/${REDIRECTS_MANIFEST}`, body: JSON.stringify(redirectManifest(site), null, 1) }];
}

/** Everything served from `public/`, in a stable order. */
export function emitPublicFiles(site: Site): Emitted[] {
  return [...emitSiteData(site), ...emitSearchFiles(site), ...emitImages(site)];
}

/**
 * Writes the items into `dir`; returns their site paths. `exclusive` refuses to replace an
 * existing file (redirect pages: the registry keeps former slugs apart from live ones, so a page
 * already there is a bug, never to be overwritten).
 */
export async function writeEmitted(dir: string, items: readonly Emitted[], { exclusive = false } = {}): Promise<string[]> {
  for (const folder of new Set(items.map((item) => path.posix.dirname(item.path))))
    await mkdir(path.join(dir, folder), { recursive: true });
  // Sequential writes: thousands of small files at once only queue up in libuv's four threads.
  for (const item of items) {
    const target = path.join(dir, item.path);
    if ('copyOf' in item) await copyFile(item.copyOf, target, exclusive ? constants.COPYFILE_EXCL : 0);
    else await writeFile(target, item.body, exclusive ? { flag: 'wx' } : undefined);
  }
  return items.map((item) => item.path);
}

/** Empties the generated subfolders of `publicDir` and writes the site's public files there; returns their site paths. */
export async function emitIntoPublic(publicDir: string, site: Site): Promise<string[]> {
  const items = emitPublicFiles(site);
  const outside = items.find((item) => !GENERATED_PUBLIC_DIRS.some((dir) => item.path.startsWith(`/${dir}/`)));
  // A new emitter must claim its folder above, or cleaning would leave its stale files behind.
  if (outside) throw new Error(`${outside.path} is not in a generated public/ folder (GENERATED_PUBLIC_DIRS)`);
  await Promise.all(GENERATED_PUBLIC_DIRS.map((dir) => rm(path.join(publicDir, dir), { recursive: true, force: true })));
  return writeEmitted(publicDir, items);
}

/**
 * The site snapshot the pages read (lib/site/snapshot.ts): the model, the search manifest's
 * name and each note's last change, so Next's workers rebuild none of them.
 */
export function emitSnapshot(file: string, site: Site, contentDir: string): void {
  writeSnapshot(file, { site, searchManifest: searchManifestPath(site), updated: updatedDates(site, contentDir) });
}
