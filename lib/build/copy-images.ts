/**
 * Copies every image the site's notes show into an export folder, at its content-hashed
 * path (`/assets/<name>.<hash>.<ext>`); returns the site paths it wrote. Run after the export,
 * like the site JSON: the files depend only on the site model, not on Next. `next dev`
 * serves the same paths from a dev-only route (app/assets/[file]/route.dev.ts).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { imagesByHref } from '../content/resolve-images';
import type { Site } from '../content/site-model';

export async function copyImages(outDir: string, site: Pick<Site, 'images'>): Promise<string[]> {
  const byHref = imagesByHref(site.images);
  for (const folder of new Set([...byHref.keys()].map((href) => path.posix.dirname(href)))) await mkdir(path.join(outDir, folder), { recursive: true });
  await Promise.all([...byHref].map(([href, image]) => copyFile(image.absolutePath, path.join(outDir, href))));
  return [...byHref.keys()].sort();
}
