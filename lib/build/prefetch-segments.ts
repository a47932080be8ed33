/**
 * Removes Next's per-segment prefetch payloads (`__next.<segment>.txt`, about seven per page)
 * from an export. A link fetches them only to prefetch, and ours never do (`prefetch={false}`
 * everywhere): a soft navigation fetches the page's whole payload, `index.txt`, which stays.
 * Checked in Chromium with request logging (clicks on sidebar, article and header links, the
 * search dialog's `router.push`, back): only `index.txt` files were asked for. Should anything
 * ever ask for a segment, the 404 makes Next load the page in full, as a plain link would.
 * `npm install` patches Next not to render them at all (scripts/patch-next.mjs); this stays for
 * an install where the patch did not apply.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

export const PREFETCH_SEGMENTS = '**/__next.*.txt';

/** Deletes every segment payload under `outDir`; returns their paths, relative to it. */
export async function removePrefetchSegments(outDir: string): Promise<string[]> {
  const files = await glob(PREFETCH_SEGMENTS, { cwd: outDir, onlyFiles: true });
  await Promise.all(files.map((file) => rm(path.join(outDir, file))));
  return files.sort();
}
