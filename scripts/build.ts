/**
 * `npm run build`: validate the content first, then export with Next into a staging folder
 * and swap it in whole, so a failed build leaves the previous `out/` exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { emptyGeneratedDirs } from '../lib/build/generated-public';
import { BUILD_STAMP, hashBuildInputs } from '../lib/build/inputs-hash';
import { precompress } from '../lib/build/precompress';
import { applyPublicOverrides } from '../lib/build/public-overrides';
import { removeDisabledPages } from '../lib/build/optional-pages';
import { removePrefetchSegments } from '../lib/build/prefetch-segments';
import { step } from '../lib/build/steps';
import { resolveConfig } from '../lib/config';
import type { SiteConfig } from '../lib/config/schema';
import { writeCspManifest } from '../lib/csp/manifest';
import rawConfig from '../site.config';
import { contentLocations } from '../lib/content/locations';
import type { Slug } from '../lib/content/paths';
import { readSnapshot, snapshotPath } from '../lib/site/snapshot';
import { prepareSite } from '../lib/build/prepare-site';
import { exportNext, startNextBuild } from '../lib/build/next-build';
import { compileKey, isCompiled, markCompiled } from '../lib/build/compiled-app';
import { keepPages, renderedPages, writeRenderedPages } from '../lib/build/keep-pages';
import { pageDigests, pagesToRender } from '../lib/build/page-inputs';
import { RENDER_ONLY_ENV } from '../lib/site/current';
import { hasUndrawnDiagrams, mermaidVersion } from '../lib/diagrams/diagram-cache';
import { isMain } from '../lib/build/is-main';

export interface BuildOptions {
  /** Project folder; `out/` is written inside it. */
  root?: string;
  contentDir?: string;
  /** Export folder inside root; `out` unless given (the sub-path e2e build uses its own). */
  outDir?: string;
  /** Extra environment for `next build`, e.g. `{ BASE_PATH: '/kb' }`. */
  env?: Record<string, string>;
}

// ATLAS_OUT_DIR lets the build benchmark export elsewhere (a folder name inside root).
export async function build({
  root = process.cwd(),
  contentDir,
  outDir = process.env.ATLAS_OUT_DIR ?? 'out',
  env = {},
}: BuildOptions = {}): Promise<boolean> {
  const OUT = path.join(root, outDir);
  const STAGING = path.join(root, `${outDir}.staging`);
  const PREVIOUS = path.join(root, `${outDir}.previous`);
  // The emit stage's folders, written while Next generates the pages and moved into the export after.
  const EMITTED = path.join(root, '.cache', `emit-${outDir}`);
  const started = performance.now();
  // A wrong site.config.ts value (or BASE_PATH / SITE_URL) stops here with the config's own
  // message, before Next would print it under a stack trace.
  let config: SiteConfig;
  try {
    config = resolveConfig(rawConfig, { ...process.env, ...env });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`Build stopped. ${outDir}/ was not touched.`);
    return false;
  }
  // One environment for the check and for Next, so the pages and the JSON written beside them
  // come from the same content (a `contentDir` given here reaches Next as CONTENT_DIR).
  const buildEnv: NodeJS.ProcessEnv = { ...process.env, ...env, ...(contentDir ? { CONTENT_DIR: path.resolve(root, contentDir) } : {}) };
  // Hashed before anything is read: an edit made while the build runs makes the next `npm start` rebuild.
  const inputs = await hashBuildInputs(root, buildEnv);
  const snapshot = snapshotPath(root, outDir);
  // The content step writes the snapshot here; the build renames it once Next may read it.
  const preparing = `${snapshot}.part`;
  for (const leftover of [snapshot, preparing, STAGING, EMITTED]) await rm(leftover, { recursive: true, force: true });
  // public/'s generated folders hold what `npm run dev` last wrote (it writes them again when it
  // starts): Next would copy them into the export only for the build to replace them.
  await emptyGeneratedDirs(path.join(root, 'public'));
  // Turbopack by default: on two cores it compiles and generates pages faster than webpack (docs/performance.md).
  const bundler = process.env.ATLAS_BUNDLER === 'webpack' ? '--webpack' : '--turbopack';
  const nextOptions = { root, env: buildEnv, bundler, distDir: path.basename(STAGING), snapshot };
  // Unless the app compiled last time is the one this engine makes (lib/build/compiled-app.ts),
  // Next builds in full: it compiles the app (code only) while the content is checked. Else it
  // only generates the pages, and only those the content's changes touched: the build names them
  // in `renderOnly` before it lets Next's page workers read the snapshot. Either way Next starts
  // now, and its workers wait for the snapshot.
  const renderOnly = path.join(root, '.cache', `render-${outDir}.json`);
  await rm(renderOnly, { force: true });
  const compileFor = async (withoutMermaid: boolean) => {
    const key = await compileKey(root, { basePath: config.basePath, bundler, withoutMermaid });
    const compiled = isCompiled(root, key);
    const env = compiled ? { ...buildEnv, [RENDER_ONLY_ENV]: renderOnly } : buildEnv;
    const mode = compiled ? 'generate' : 'full';
    return { key, withoutMermaid, compiled, next: startNextBuild({ ...nextOptions, env, withoutMermaid, mode }) };
  };
  let compile = await compileFor(true);
  let next = compile.next;
  // Ends Next (if it still runs) and drops what it wrote; `stop` also says why, and fails the build.
  const discardNext = async () => {
    await next.stop();
    await rm(STAGING, { recursive: true, force: true });
  };
  const stop = async (message: string) => {
    await discardNext();
    for (const leftover of [preparing, EMITTED]) await rm(leftover, { recursive: true, force: true });
    console.error(`${message} ${outDir}/ was not touched.`);
    return false;
  };
  console.log('Checking content…');
  // In a process of its own, which exits once the snapshot and the search files are written, so
  // that the check's memory is freed before Next's page workers start (lib/build/prepare-site.ts).
  if (!(await prepareSite({ root, env: buildEnv, snapshot: preparing, searchDir: EMITTED })))
    return stop('Build stopped: fix the problems above.');
  const { adoptEmitted, emitApart, emitRedirects, writeEmitted } = await import('../lib/build/emit');
  const prepared = readSnapshot(preparing);
  // The content step writes a snapshot only for content without problems.
  if ('problems' in prepared) return stop('Build stopped: the content step wrote a snapshot of problems.');
  const { site } = prepared;
  const { diagramDir } = contentLocations(root, buildEnv);
  if (hasUndrawnDiagrams(site, diagramDir, mermaidVersion(root))) {
    // A diagram the check had no browser to draw: its page draws it in the reader's browser,
    // which needs Mermaid in the client code, so Next compiles the app with it.
    await discardNext();
    compile = await compileFor(false);
    next = compile.next;
  }
  // After a small edit, only the pages it changes are rendered; the others come from the last export.
  const digests = pageDigests(site, prepared.updated, config);
  const previous = renderedPages(OUT);
  const partial = compile.compiled && previous?.compileKey === compile.key;
  const render = pagesToRender(digests, partial ? previous.digests : undefined);
  const [notesRendered, tagsRendered] = [new Set<string>(render.notes), new Set(render.tags)];
  const kept = {
    notes: Object.keys(digests.notes).filter((slug) => !notesRendered.has(slug)) as Slug[],
    tags: Object.keys(digests.tags).filter((tag) => !tagsRendered.has(tag)),
  };
  const keeping = kept.notes.length + kept.tags.length > 0;
  if (compile.compiled) await writeFile(renderOnly, JSON.stringify(render));
  if (keeping)
    console.log(
      `  pages      ${render.notes.length} of ${site.notes.length} notes and ${render.tags.length} of ${site.tags.size} tags to render; the others unchanged since the last export`,
    );
  await rename(preparing, snapshot);
  console.log(
    compile.compiled
      ? `Exporting the site (next build ${bundler}, the app compiled before)…`
      : `Exporting the site (next build ${bundler})…`,
  );
  // The rest of the emit stage: the files the pages fetch (graph, previews, neighbourhoods,
  // images), written beside the search files and gzipped with them apart from the export, then
  // moved into it (lib/build/emit.ts).
  const emitFailure = step('emit', () => emitApart(EMITTED, site)).then(
    () => undefined,
    async (error: unknown) => {
      await next.stop();
      return error instanceof Error ? error.message : String(error);
    },
  );
  const exported = async () => {
    next.release();
    if (!(await next.done)) return false;
    if (compile.compiled) return exportNext(nextOptions);
    markCompiled(root, compile.key);
    return true;
  };
  const nextExported = await exported();
  const failure = await emitFailure;
  if (failure)
    return stop(`Writing the files the pages fetch (graph, previews, neighbourhoods, images) failed: ${failure}\nBuild stopped.`);
  if (!nextExported) return stop('Build failed in Next.js (see above).');
  if (keeping) await step('kept pages', () => keepPages(OUT, STAGING, kept));
  // Pages this content does not call for (no saga variants, no curated links): Next wrote a 404 copy.
  await step('drop pages', () => removeDisabledPages(STAGING, site));
  // Next's per-segment prefetch payloads, which no link of ours fetches (about seven files a page).
  // None once `npm install` has patched Next not to make them (scripts/patch-next.mjs).
  await step('segments', () => removePrefetchSegments(STAGING));
  // A page at each renamed note's old address, and their list for the server (npm start's 301s); before
  // the CSP step, which gives them the strict policy with no hashes.
  // Not in public/: `next dev` would answer these addresses with its /notes/[slug] route (lib/build/emit.ts).
  await step('redirects', () => writeEmitted(STAGING, emitRedirects(site, config), { exclusive: true }));
  // A team's own public/robots.txt (or any public file) wins over the generated one.
  const replaced = await step('public/', () => applyPublicOverrides(path.join(root, 'public'), STAGING));
  for (const file of replaced) console.log(`  public${file} replaces the generated ${file}`);
  // Hashes of each page's inline scripts, for the server's Content-Security-Policy.
  await step('CSP hashes', () => writeCspManifest(STAGING));
  // Ready-made gzip for the server to send as is.
  await step('gzip', () => precompress(STAGING));
  // The emit stage's files, gzipped already, merged with what Next wrote in the same folders
  // (the /graph/ page beside /graph/data.json).
  try {
    await step('emitted in', () => adoptEmitted(EMITTED, STAGING));
  } catch (error) {
    return stop(
      `Moving the fetched files into the export failed: ${error instanceof Error ? error.message : String(error)}\nBuild stopped.`,
    );
  }
  await writeRenderedPages(STAGING, { compileKey: compile.key, digests });
  await writeFile(path.join(STAGING, BUILD_STAMP), JSON.stringify({ inputs, builtAt: new Date().toISOString() }));

  await step('swap in', async () => {
    await rm(PREVIOUS, { recursive: true, force: true });
    if (existsSync(OUT)) await rename(OUT, PREVIOUS);
    await rename(STAGING, OUT);
    await rm(PREVIOUS, { recursive: true, force: true });
  });
  console.log(`✓ Site exported to ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (isMain(import.meta.url)) {
  process.exitCode = (await build()) ? 0 : 1;
}
