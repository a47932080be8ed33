/**
 * The compiled app, kept between builds. The pages read the content from the site snapshot when
 * Next generates them, never when it compiles them, so Next's compile depends on the engine alone:
 * its code, its dependencies, the base path and whether Mermaid is in the client code. A build
 * whose engine is unchanged skips the compile and only generates the pages
 * (`next build --experimental-build-mode generate`): a content-only change, or another wiki
 * built with the same engine, pays for no compile.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashEngineInputs } from './inputs-hash';

/** Next's build folder, where compile writes and generate reads. */
export const NEXT_BUILD_DIR = '.next';
const STAMP = 'atlas-compiled.json';

export interface CompileSettings {
  basePath: string;
  /** Mermaid left out of the client code (every diagram drawn at build). */
  withoutMermaid: boolean;
  /** `--turbopack` or `--webpack`. */
  bundler: string;
}

/** What the compiled app depends on, as one key. */
export async function compileKey(root: string, settings: CompileSettings): Promise<string> {
  return hashEngineInputs(root, [
    `basePath=${settings.basePath}`,
    `withoutMermaid=${settings.withoutMermaid}`,
    `bundler=${settings.bundler}`,
  ]);
}

/** Whether Next's build folder holds the app compiled for this key. */
export function isCompiled(root: string, key: string): boolean {
  const stamp = path.join(root, NEXT_BUILD_DIR, STAMP);
  if (!existsSync(stamp)) return false;
  try {
    return (JSON.parse(readFileSync(stamp, 'utf8')) as { key?: string }).key === key;
  } catch {
    return false;
  }
}

/** Records the key the app in Next's build folder was compiled for (after a compile that succeeded). */
export function markCompiled(root: string, key: string): void {
  writeFileSync(path.join(root, NEXT_BUILD_DIR, STAMP), JSON.stringify({ key, compiledAt: new Date().toISOString() }));
}
