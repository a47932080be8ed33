/**
 * `npm run dev`: Next's dev server, plus a reload of open pages whenever a note changes (see
 * lib/authoring/content-reload.ts). The files the pages fetch (graph, previews, search index,
 * images) are emitted into public/ first, and again on each content change before the reload,
 * so `next dev` serves them as static files just as the export does (lib/build/emit.ts).
 */
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startContentReload } from '../lib/authoring/content-reload';
import { devServerArgs, devServerOrigins } from '../lib/authoring/dev-origin';
import { RELOAD_ENV } from '../lib/authoring/reload-env';
import { emitIntoPublic, emitSnapshot } from '../lib/build/emit';
import { contentLocations, loadSite } from '../lib/content';
import { ContentBuildError } from '../lib/content/problems';
import { SNAPSHOT_ENV, snapshotPath, writeSnapshot } from '../lib/site/snapshot';

const root = process.cwd();
const { contentDir } = contentLocations(root);
const snapshot = snapshotPath(root, 'dev');
const emit = async () => {
  try {
    const site = await loadSite();
    await emitIntoPublic(path.join(root, 'public'), site);
    emitSnapshot(snapshot, site, contentDir);
  } catch (error) {
    // A content problem does not stop the dev server: its pages show the problem until it is fixed.
    if (error instanceof ContentBuildError) writeSnapshot(snapshot, { problems: error.problems });
    throw error;
  }
};
await emit().catch((error: unknown) => console.error(error instanceof Error ? error.message : error));
const devServer = devServerArgs(process.argv.slice(2), process.env);
const reload = startContentReload(contentDir, { pageOrigins: devServerOrigins(devServer.port), beforeReload: emit });
reload.server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${(reload.server.address() as AddressInfo).port}/`;
  const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', ...devServer.args], {
    stdio: 'inherit',
    env: { ...process.env, [RELOAD_ENV]: url, [SNAPSHOT_ENV]: snapshot },
  });
  console.log(`Watching ${path.relative(root, contentDir) || '.'} for changes (reload events on ${url})`);
  const stop = () => next.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  next.on('exit', async (code) => {
    await reload.close();
    process.exit(code ?? 0);
  });
});
