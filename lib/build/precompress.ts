/**
 * Writes a `.gz` beside every text file of the export, once, at the highest level, so the
 * server sends ready-made gzip instead of compressing each response again. On a loaded
 * machine, compressing the JavaScript chunks per request was what limited `npm start`.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { glob } from 'tinyglobby';

const gzipAsync = promisify(gzip);

export const COMPRESSIBLE = '**/*.{html,js,css,txt,xml,json,svg,map}';
/** Below this, gzip's framing outweighs what it saves (the server's own threshold too). */
export const MIN_BYTES = 512;

export async function precompress(outDir: string): Promise<number> {
  const files = await glob(COMPRESSIBLE, { cwd: outDir, onlyFiles: true });
  let written = 0;
  for (const file of files) {
    const full = path.join(outDir, file);
    if ((await stat(full)).size < MIN_BYTES) continue;
    await writeFile(`${full}.gz`, await gzipAsync(await readFile(full), { level: constants.Z_BEST_COMPRESSION }));
    written += 1;
  }
  return written;
}
