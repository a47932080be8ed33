/**
 * The site snapshot: the site model as the content check built it, written once by the build
 * (and by `npm run dev` on every content change) and read by Next's page workers.
 *
 * Pages never run the content pipeline themselves. Each of Next's workers would otherwise load,
 * compile (from cache) and link every note again, and build the search index just to learn its
 * manifest's name; and Next would bundle the whole pipeline (mdx-bundler, esbuild, unified,
 * Mermaid's parser) into the server code it compiles. V8's serializer keeps the model's maps,
 * dates and shared note objects as they are; only `resolve`, a function, is rebuilt from its table.
 */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ContentProblem } from '../content/problems';
import { resolver, type Site } from '../content/site-model';

/** What the pages need besides the model: computed once where the model is built. */
export interface SiteExtras {
  /** Site path of the search manifest (no base path): its name carries the index's hash. */
  searchManifest: string;
  /** Last change of each note, by its path in the content folder (git, or the file's time). */
  updated: ReadonlyMap<string, Date>;
}

export type SiteSnapshot = ({ site: Site } & SiteExtras) | { problems: readonly ContentProblem[] };

/** The environment variable that tells Next's processes where the snapshot is. */
export const SNAPSHOT_ENV = 'ATLAS_SITE_SNAPSHOT';

/**
 * Set by the build, which starts Next before the snapshot exists: the pages wait for it while
 * this process (the build) lives, instead of failing at once.
 */
export const BUILD_PID_ENV = 'ATLAS_BUILD_PID';

/** Where a build or dev server keeps its snapshot: `.cache/site-<name>.v8` in the project (git-ignored). */
export function snapshotPath(projectRoot: string, name: string): string {
  return path.join(projectRoot, '.cache', `site-${name}.v8`);
}

export function serializeSnapshot(snapshot: SiteSnapshot): Buffer {
  if ('problems' in snapshot) return serialize(snapshot);
  const { resolve: _function, ...site } = snapshot.site;
  return serialize({ ...snapshot, site });
}

export function deserializeSnapshot(data: Buffer): SiteSnapshot {
  const snapshot = deserialize(data) as SiteSnapshot;
  if ('problems' in snapshot) return snapshot;
  const site = snapshot.site;
  site.resolve = resolver(site.linkTable, site.bySlug);
  return snapshot;
}

/** Writes the snapshot whole (a reader never sees half a file). */
export function writeSnapshot(file: string, snapshot: SiteSnapshot): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serializeSnapshot(snapshot));
  renameSync(partial, file);
}

export function readSnapshot(file: string): SiteSnapshot {
  return deserializeSnapshot(readFileSync(file));
}
