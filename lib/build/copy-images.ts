/**
 * Copies every image the site's notes show into an export folder, at its content-hashed
 * path (`/assets/<name>.<hash>.<ext>`); returns the site paths it wrote. Run after the export,
 * like the site JSON: the files depend only on the site model, not on Next.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Site } from '../content/site-model';

export async function copyImages(outDir: string, site: Pick<Site, 'images'>): Promise<string[]> {
  // One file shown by several notes (or twice in one) has one hashed path: copied once.
  const byHref = new Map<string, string>();
  for (const table of site.images.values()) for (const image of table.values()) byHref.set(image.href, image.absolutePath);
  for (const folder of new Set([...byHref.keys()].map((href) => path.posix.dirname(href)))) await mkdir(path.join(outDir, folder), { recursive: true });
  await Promise.all([...byHref].map(([href, from]) => copyFile(from, path.join(outDir, href))));
  return [...byHref.keys()].sort();
}
