/**
 * The site as the pages see it: read from the snapshot the build or `npm run dev` wrote
 * (lib/site/snapshot.ts), once per process in a build and again whenever it changes in development.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { getConfig } from '../config';
import { withBasePath } from '../content/paths';
import { ContentBuildError } from '../content/problems';
import type { Site } from '../content/site-model';
import { rememberDates } from '../history';
import { BUILD_PID_ENV, readSnapshot, SNAPSHOT_ENV, type SiteExtras } from './snapshot';

let current: { file: string; changed: number; site: Site; extras: SiteExtras } | undefined;

function snapshotFile(): string {
  const file = process.env[SNAPSHOT_ENV];
  if (!file) {
    throw new Error(
      `${SNAPSHOT_ENV} is not set: the pages read the site that \`npm run build\` and \`npm run dev\` prepare, so start Next through them rather than as \`next build\` or \`next dev\``,
    );
  }
  return file;
}

/** True while the process that started this one runs. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The build starts Next before the content is checked (lib/build/next-build.ts): a page worker
 * that gets here first waits for the snapshot, as long as the build that will write it runs.
 */
async function snapshotReady(file: string): Promise<void> {
  const builder = Number(process.env[BUILD_PID_ENV]);
  while (!existsSync(file)) {
    if (!builder || !alive(builder)) throw new Error(`No site snapshot at ${file}: run Next through \`npm run build\` or \`npm run dev\``);
    await sleep(50);
  }
}

async function load(): Promise<{ site: Site; extras: SiteExtras }> {
  const file = snapshotFile();
  await snapshotReady(file);
  // A build reads it once; `npm run dev` rewrites it on every content change.
  const changed = process.env.NODE_ENV === 'development' ? statSync(file).mtimeMs : 0;
  if (current?.file === file && current.changed === changed) return current;
  const snapshot = readSnapshot(file);
  if ('problems' in snapshot) throw new ContentBuildError(snapshot.problems);
  const { site, ...extras } = snapshot;
  rememberDates(site, extras.updated);
  current = { file, changed, site, extras };
  return current;
}

export async function getSite(): Promise<Site> {
  return (await load()).site;
}

/** The URL the browser fetches the search manifest from, base path included. */
export async function getSearchIndexUrl(): Promise<string> {
  return withBasePath((await load()).extras.searchManifest, getConfig().basePath);
}

/**
 * Set by the build when only some note pages are to be rendered again (lib/build/page-inputs.ts):
 * a JSON file of their slugs. The others are taken from the last export as they are.
 */
export const RENDER_ONLY_ENV = 'ATLAS_RENDER_ONLY';

function renderOnly(): { notes: string[]; tags: string[] } | undefined {
  const file = process.env[RENDER_ONLY_ENV];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as { notes: string[]; tags: string[] }) : undefined;
}

/**
 * What of `all` this build renders: all of it, or what the build names. A static export refuses a
 * dynamic route with no pages: with nothing named, the first is rendered again, unchanged.
 */
function chosen<T>(all: readonly T[], keyOf: (item: T) => string, named: readonly string[] | undefined): T[] {
  if (!named) return [...all];
  const only = new Set(named);
  const picked = all.filter((item) => only.has(keyOf(item)));
  return picked.length > 0 ? picked : all.slice(0, 1);
}

/** The notes whose pages this build renders: every note, or those the build names. */
export async function notesToRender(): Promise<Site['notes']> {
  return chosen((await getSite()).notes, (note) => note.slug, renderOnly()?.notes);
}

/** The tags whose pages this build renders. */
export async function tagsToRender(): Promise<string[]> {
  return chosen([...(await getSite()).tags.keys()], (tag) => tag, renderOnly()?.tags);
}
