/**
 * `next build`, started before the content is checked so that Next compiles the app while the
 * build checks and emits the content: the compile reads code only, and Next's page workers wait
 * for the site snapshot (lib/site/current.ts) that the build writes once the content is ready.
 *
 * Next's output is held back until the build lets it through (`release`), so a content
 * problem is never printed among Next's lines; a build that stops early `stop`s Next and
 * throws its output away.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { BUILD_PID_ENV, SNAPSHOT_ENV } from '../site/snapshot';

export interface NextBuildOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  /** `--turbopack` or `--webpack`. */
  bundler: string;
  /** Export folder (Next's distDir), inside root. */
  distDir: string;
  /** Where the build will write the site snapshot. */
  snapshot: string;
  /** Leave Mermaid out of the client code: every diagram was (or will be) drawn at build. */
  withoutMermaid: boolean;
}

export interface NextBuild {
  /** Whether Next exported the site. */
  done: Promise<boolean>;
  /** Prints what Next has said so far, and lets the rest through as it comes. */
  release(): void;
  /** Ends Next and its workers, unheard. */
  stop(): Promise<void>;
}

export function startNextBuild({ root, env, bundler, distDir, snapshot, withoutMermaid }: NextBuildOptions): NextBuild {
  const next = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build', bundler], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
      [SNAPSHOT_ENV]: snapshot,
      [BUILD_PID_ENV]: String(process.pid),
      ATLAS_BROWSER_MERMAID: withoutMermaid ? '0' : '1',
    },
  });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  const forward = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (released) to.write(chunk);
    else held.push([to, chunk]);
  };
  next.stdout.on('data', forward(process.stdout));
  next.stderr.on('data', forward(process.stderr));
  const exited = new Promise<number | null>((resolve) => {
    next.on('exit', (code) => resolve(code));
    next.on('error', () => resolve(1));
  });
  return {
    done: exited.then((code) => code === 0),
    release() {
      released = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
    async stop() {
      // Next's page workers end with it (they exit when its channel to them closes).
      if (next.exitCode === null) next.kill('SIGTERM');
      await exited;
    },
  };
}
