/**
 * `npm run build`: validate the content first, then export with Next into a staging folder
 * and swap it in whole, so a failed build leaves the previous `out/` exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_STAMP, hashBuildInputs } from '../lib/build/inputs-hash';
import { precompress } from '../lib/build/precompress';
import { resolveConfig } from '../lib/config';
import { writeCspManifest } from '../lib/csp/manifest';
import rawConfig from '../site.config';
import { checkContent } from './check';

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
export async function build({ root = process.cwd(), contentDir, outDir = process.env.ATLAS_OUT_DIR ?? 'out', env = {} }: BuildOptions = {}): Promise<boolean> {
  const OUT = path.join(root, outDir);
  const STAGING = path.join(root, `${outDir}.staging`);
  const PREVIOUS = path.join(root, `${outDir}.previous`);
  const started = performance.now();
  // A wrong site.config.ts value (or BASE_PATH / SITE_URL) stops here with the config's own
  // message, before Next would print it under a stack trace.
  try {
    resolveConfig(rawConfig, { ...process.env, ...env });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`Build stopped. ${outDir}/ was not touched.`);
    return false;
  }
  console.log('Checking content…');
  if (!(await checkContent({ projectRoot: root, contentDir }))) {
    console.error('Build stopped: fix the problems above. out/ was not touched.');
    return false;
  }
  await rm(STAGING, { recursive: true, force: true });
  const bundler = process.env.ATLAS_BUNDLER === 'turbopack' ? '--turbopack' : '--webpack';
  console.log(`Exporting the site (next build ${bundler})…`);
  const next = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build', bundler], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env, NEXT_DIST_DIR: path.basename(STAGING), NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (next.status !== 0) {
    await rm(STAGING, { recursive: true, force: true });
    console.error('Build failed in Next.js (see above). out/ was not touched.');
    return false;
  }
  // Hashes of each page's inline scripts, for the server's Content-Security-Policy (issue 7).
  await writeCspManifest(STAGING);
  // Ready-made gzip for the server to send as is (issue 7).
  await precompress(STAGING);
  await writeFile(path.join(STAGING, BUILD_STAMP), JSON.stringify({ inputs: await hashBuildInputs(root, { ...process.env, ...env }), builtAt: new Date().toISOString() }));

  await rm(PREVIOUS, { recursive: true, force: true });
  if (existsSync(OUT)) await rename(OUT, PREVIOUS);
  await rename(STAGING, OUT);
  await rm(PREVIOUS, { recursive: true, force: true });
  console.log(`✓ Site exported to ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await build()) ? 0 : 1;
}
