/**
 * The emit stage: every file the pages fetch besides the pages themselves, from the site model.
 * Each emitter returns what to write (Quartz's emitter contract): a body, or a file to copy
 * by reference so that images are never read into memory. One writer writes them.
 *
 * `npm run dev` (scripts/dev.ts) writes the fetched files into generated subfolders of `public/`,
 * so `next dev` serves them as static files, as the export does. The build (scripts/build.ts)
 * writes the same folders apart and moves them into the export after Next (`adoptEmitted`): its
 * check process writes the search files with the snapshot (`emitSearchApart`), and the rest is
 * written while Next generates the pages (`emitApart`), off the pages' critical path.
 * Redirect pages are the exception, written into the export after Next's: in `public/` a page at
 * `/notes/<old>/index.html` would sit under Next's own `/notes/[slug]` route, which `next dev`
 * answers first (and with `trailingSlash` it would not serve `index.html` there anyway).
 */
import { constants, existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema';
import { noteHref, withBasePath } from '../content/paths';
import { imagesByHref } from '../content/resolve-images';
import { cleanSvg } from '../diagrams/clean-svg';
import type { Site } from '../content/site-model';
import { updatedDates } from '../history';
import { searchFiles, searchManifestPath } from '../search/site-index';
import { writeSnapshot } from '../site/snapshot';
import { absoluteUrl } from '../site/absolute-url';
import { emptyGeneratedDirs, GENERATED_PUBLIC_DIRS } from './generated-public';
import { precompress } from './precompress';
import { redirectManifest, redirectPage, REDIRECTS_MANIFEST } from './redirect-pages';
import { siteDataFile, siteDataHref, siteDataItems } from './site-data';

/** A file to write at a site path (no base path): its text, or the file to copy there. */
export type Emitted = { path: string; body: string } | { path: string; copyOf: string };

/** The concept graph, and per note its link preview and local graph (lib/build/site-data.ts), made one at a time. */
function* siteData(site: Site): Generator<Emitted> {
  for (const item of siteDataItems(site)) {
    const body = siteDataFile(site, item);
    if (body === undefined) throw new Error(`no site data for ${siteDataHref(item)}`);
    yield { path: siteDataHref(item), body };
  }
}

export function emitSiteData(site: Site): Emitted[] {
  return [...siteData(site)];
}

/** The search index's parts (lib/search/site-index.ts). */
export function emitSearchFiles(site: Site): Emitted[] {
  return searchFiles(site).map((file) => ({ path: file.path, body: file.body }));
}

/**
 * The images and downloads notes show, at their content-hashed paths (`/assets/<name>.<hash>.<ext>`).
 * An SVG is published cleaned of scripts, handlers and HTML (clean-svg.ts): opened on its own, on
 * a host without our headers, it would otherwise run with the wiki's origin.
 */
export function emitImages(site: Pick<Site, 'images'>): Emitted[] {
  return [...imagesByHref(site.images)]
    .map(([href, image]): Emitted =>
      href.endsWith('.svg')
        ? { path: href, body: cleanSvg(readFileSync(image.absolutePath, 'utf8'), { labels: false }) }
        : { path: href, copyOf: image.absolutePath },
    )
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

/** What the pages fetch besides the search index's files, in a stable order, each made as it is written. */
function* fetchedFiles(site: Site): Generator<Emitted> {
  yield* siteData(site);
  yield* emitImages(site);
}

/** Everything served from the generated folders. */
function* publicFiles(site: Site): Generator<Emitted> {
  yield* fetchedFiles(site);
  yield* emitSearchFiles(site);
}

export function emitPublicFiles(site: Site): Emitted[] {
  return [...publicFiles(site)];
}

/** Refuses an item outside the generated folders: cleaning them would leave its stale files behind. */
function* claimed(items: Iterable<Emitted>): Generator<Emitted> {
  for (const item of items) {
    // A new emitter must claim its folder in GENERATED_PUBLIC_DIRS.
    if (!GENERATED_PUBLIC_DIRS.some((dir) => item.path.startsWith(`/${dir}/`)))
      throw new Error(`${item.path} is not in a generated public/ folder (GENERATED_PUBLIC_DIRS)`);
    yield item;
  }
}

/**
 * Writes the items into `dir`; returns their site paths. `exclusive` refuses to replace an
 * existing file (redirect pages: the registry keeps former slugs apart from live ones, so a page
 * already there is a bug, never to be overwritten).
 */
export async function writeEmitted(dir: string, items: Iterable<Emitted>, { exclusive = false } = {}): Promise<string[]> {
  const folders = new Set<string>();
  const written: string[] = [];
  // Sequential writes: thousands of small files at once only queue up in libuv's four threads.
  // Items may come from a generator, so a large wiki's bodies are never all in memory at once.
  for (const item of items) {
    const target = path.join(dir, item.path);
    const folder = path.dirname(target);
    if (!folders.has(folder)) await mkdir(folder, { recursive: true });
    folders.add(folder);
    if ('copyOf' in item) await copyFile(item.copyOf, target, exclusive ? constants.COPYFILE_EXCL : 0);
    else await writeFile(target, item.body, exclusive ? { flag: 'wx' } : undefined);
    written.push(item.path);
  }
  return written;
}

/** Empties the generated subfolders of `publicDir` and writes the site's public files there; returns their site paths. */
export async function emitIntoPublic(publicDir: string, site: Site): Promise<string[]> {
  await emptyGeneratedDirs(publicDir);
  return writeEmitted(publicDir, claimed(publicFiles(site)));
}

/**
 * The search index's files, written into `dir` by the build's check process, which has the
 * index at hand (the snapshot names its manifest) before it exits (scripts/prepare-site.ts).
 */
export async function emitSearchApart(dir: string, site: Site): Promise<number> {
  return (await writeEmitted(dir, emitSearchFiles(site))).length;
}

/**
 * The rest of the build's emit: the graph, previews, neighbourhoods and images written into
 * `dir` instead of `public/`, then everything in `dir` gzipped, while Next generates the pages;
 * `adoptEmitted` then moves them into the export. Returns the number of files written.
 */
export async function emitApart(dir: string, site: Site): Promise<number> {
  const written = await writeEmitted(dir, claimed(fetchedFiles(site)));
  await precompress(dir);
  return written.length;
}

/**
 * Moves the generated folders from `from` into the export `outDir`, merged with what Next wrote
 * there (its `/graph/` page lives beside `/graph/data.json`). The build empties public/'s
 * generated folders before Next runs, so Next copied none of them; a file both wrote is a bug.
 */
export async function adoptEmitted(from: string, outDir: string): Promise<void> {
  if (existsSync(from)) await mergeInto(from, outDir);
  await rm(from, { recursive: true, force: true });
}

/** Moves `from` to `to`: whole when `to` does not exist, else entry by entry. */
async function mergeInto(from: string, to: string): Promise<void> {
  if (!existsSync(to)) return rename(from, to);
  const fromIsFolder = (await stat(from)).isDirectory();
  if (!fromIsFolder || !(await stat(to)).isDirectory()) throw new Error(`${to} was written both by Next and by the emit stage`);
  for (const entry of await readdir(from)) await mergeInto(path.join(from, entry), path.join(to, entry));
}

/**
 * The site snapshot the pages read (lib/site/snapshot.ts): the model, the search manifest's
 * name and each note's last change, so Next's workers rebuild none of them.
 */
export function emitSnapshot(file: string, site: Site, contentDir: string): void {
  writeSnapshot(file, { site, searchManifest: searchManifestPath(site), updated: updatedDates(site, contentDir) });
}
