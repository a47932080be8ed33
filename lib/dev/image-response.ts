/** `next dev` answers the images of notes at the paths the build copies them to (lib/build/copy-images.ts). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getSite } from '../content';
import { ASSETS_HREF } from '../content/paths';
import { IMAGE_TYPES, imagesByHref } from '../content/resolve-images';

export async function imageResponse(file: string): Promise<Response> {
  const image = imagesByHref((await getSite()).images).get(`${ASSETS_HREF}${file}`);
  if (!image) return new Response('Not found', { status: 404 });
  const type = IMAGE_TYPES[path.extname(file).slice(1)] ?? 'application/octet-stream';
  return new Response(new Uint8Array(await readFile(image.absolutePath)), { headers: { 'Content-Type': type } });
}

/** The file names under `/assets/`, as `[file]` params. */
export async function imageParams(): Promise<{ file: string }[]> {
  return [...imagesByHref((await getSite()).images).keys()].map((href) => ({ file: href.slice(ASSETS_HREF.length) }));
}
