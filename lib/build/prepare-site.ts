/**
 * Runs the build's content step (scripts/prepare-site.ts) in a child process, which exits
 * once the site snapshot and the search files are written; the build then reads the snapshot.
 * Its output goes straight to the terminal: stage times, then problems with file and line.
 * Resolves whether the content was fine and the snapshot written.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PrepareSiteOptions {
  root: string;
  /** The build's environment (CONTENT_DIR, ATLAS_CACHE_DIR, BASE_PATH…). */
  env: NodeJS.ProcessEnv;
  /** The snapshot file to write. */
  snapshot: string;
  /** The folder for the search index's files. */
  searchDir: string;
}

export function prepareSite({ root, env, snapshot, searchDir }: PrepareSiteOptions): Promise<boolean> {
  // The young-generation size `npm run build` runs with (package.json): the check allocates many short-lived objects.
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', '--import', 'tsx', path.join(root, 'scripts/prepare-site.ts'), root, snapshot, searchDir],
    { cwd: root, env, stdio: 'inherit' },
  );
  return new Promise<boolean>((resolve) => {
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}
