/**
 * Writes a `.gz` beside every text file of the export, once, at the highest level, so the
 * server sends ready-made gzip instead of compressing each response again. On a loaded
 * machine, compressing the JavaScript chunks per request was what limited `npm start`.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import pLimit from 'p-limit';
import { glob } from 'tinyglobby';

const gzipAsync = promisify(gzip);

export const COMPRESSIBLE = '**/*.{html,js,css,txt,xml,json,svg,map}';
/** Below this, gzip's framing outweighs what it saves (the server's own threshold too). */
export const MIN_BYTES = 512;

export async function precompress(outDir: string): Promise<number> {
  // Next's per-segment prefetch payloads are gone by now (prefetch-segments.ts).
  const files = await glob(COMPRESSIBLE, { cwd: outDir, onlyFiles: true });
  // zlib compresses on libuv's thread pool: a few files in flight keep every core busy.
  const limit = pLimit(os.availableParallelism() * 2);
  const written = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const full = path.join(outDir, file);
        const { size, mtimeMs } = await stat(full);
        if (size < MIN_BYTES) return false;
        // A page kept from the last export (keep-pages.ts) brings its gzip with it.
        const gz = await stat(`${full}.gz`).catch(() => undefined);
        if (gz && gz.mtimeMs >= mtimeMs) return false;
        await writeFile(`${full}.gz`, await gzipAsync(await readFile(full), { level: constants.Z_BEST_COMPRESSION }));
        return true;
      }),
    ),
  );
  return written.filter(Boolean).length;
}
