import { rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * The subfolders of `public/` the emit stage owns (lib/build/emit.ts): it empties them before
 * writing, and they are git-ignored. A team's own public files must live elsewhere (anything
 * else in `public/` is kept). Apart from the emit stage so that `npm start` reads it without the pipeline.
 */
export const GENERATED_PUBLIC_DIRS = ['graph', 'previews', 'search-index', 'assets'] as const;

/** Removes the generated folders from `publicDir` (what `npm run dev` or an older build wrote there). */
export async function emptyGeneratedDirs(publicDir: string): Promise<void> {
  await Promise.all(GENERATED_PUBLIC_DIRS.map((dir) => rm(path.join(publicDir, dir), { recursive: true, force: true })));
}
