/** Writes the search index's files into an export folder (lib/search/site-index.ts builds them); returns their site paths. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Site } from '../content/site-model';
import { searchFiles } from '../search/site-index';

export async function writeSearchFiles(outDir: string, site: Site, signal?: AbortSignal): Promise<string[]> {
  const files = searchFiles(site);
  for (const folder of new Set(files.map((file) => path.posix.dirname(file.path)))) await mkdir(path.join(outDir, folder), { recursive: true });
  for (const file of files) {
    signal?.throwIfAborted();
    await writeFile(path.join(outDir, file.path), file.body);
  }
  return files.map((file) => file.path);
}
