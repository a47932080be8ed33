/**
 * Runs the build's content step (scripts/prepare-site.ts) in a child process, which exits
 * once the site snapshot and the search files are written; the build then reads the snapshot.
 * The child's lines come out through this process's console as they arrive (stage times, then
 * problems with file and line), so the build's output reads as one. Resolves whether the
 * content was fine and the snapshot written.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** The engine's own folder: a project may keep its content, and its export, elsewhere. */
const ENGINE = path.resolve(import.meta.dirname, '../..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface PrepareSiteOptions {
  /** The project folder (scripts/build.ts's `root`). */
  root: string;
  /** The build's environment (CONTENT_DIR, ATLAS_CACHE_DIR, BASE_PATH…). */
  env: NodeJS.ProcessEnv;
  /** The snapshot file to write. */
  snapshot: string;
  /** The folder for the search index's files. */
  searchDir: string;
}

/** Hands each line of `stream` to `write` as it arrives; resolves when the stream ends. */
async function relayLines(stream: Readable, write: (line: string) => void): Promise<void> {
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) write(line);
}

export async function prepareSite({ root, env, snapshot, searchDir }: PrepareSiteOptions): Promise<boolean> {
  // The young-generation size `npm run build` runs with (package.json): the check allocates many short-lived objects.
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', '--import', TSX, path.join(ENGINE, 'scripts/prepare-site.ts'), root, snapshot, searchDir],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const relayed = Promise.all([
    relayLines(child.stdout, (line) => console.log(line)),
    relayLines(child.stderr, (line) => console.error(line)),
  ]);
  const ok = await new Promise<boolean>((resolve) => {
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', (error) => {
      console.error(`The content check could not start: ${error.message}`);
      resolve(false);
    });
  });
  await relayed;
  return ok;
}
