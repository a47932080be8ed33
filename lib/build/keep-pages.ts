/**
 * Pages kept from the last export. Each export records the key of the app that rendered it and
 * the digest of each note's page (`_atlas/pages.json`, lib/build/page-inputs.ts); the next build
 * renders again only the pages whose digest changed, and copies the others, with their gzip,
 * from the export it replaces. Only when the app is the one that rendered them: a page carries
 * the names of the app's scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { decodeAnchor, noteHref, tagHref, type Slug } from '../content/paths';
import type { PageDigests } from './page-inputs';

export const PAGES_MANIFEST = '_atlas/pages.json';

export interface RenderedPages {
  /** The compiled app that rendered the pages (lib/build/compiled-app.ts). */
  compileKey: string;
  digests: PageDigests;
}

/** What the export in `outDir` was rendered from, if it says. */
export function renderedPages(outDir: string): RenderedPages | undefined {
  const file = path.join(outDir, PAGES_MANIFEST);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RenderedPages;
  } catch {
    return undefined;
  }
}

export async function writeRenderedPages(outDir: string, pages: RenderedPages): Promise<void> {
  await mkdir(path.join(outDir, path.dirname(PAGES_MANIFEST)), { recursive: true });
  await writeFile(path.join(outDir, PAGES_MANIFEST), JSON.stringify(pages));
}

/** Copies each kept page's folder (HTML, React payload, their gzip) from the last export into the new one. */
export async function keepPages(from: string, to: string, pages: { notes: readonly Slug[]; tags: readonly string[] }): Promise<void> {
  const limit = pLimit(16);
  const folders = [...pages.notes.map((slug) => noteHref(slug)), ...pages.tags.map((tag) => tagHref(tag))].map((href) =>
    decodeAnchor(href.slice(1)),
  );
  await Promise.all(
    folders.map((folder) =>
      limit(async () => {
        // Timestamps kept, so the gzip beside each file still reads as up to date (precompress.ts).
        // Only the page's own files: a tag's folder also holds the folders of the tags below it.
        const entries = await readdir(path.join(from, folder), { withFileTypes: true });
        await mkdir(path.join(to, folder), { recursive: true });
        for (const entry of entries) {
          if (!entry.isFile()) continue;
          const [source, target] = [path.join(from, folder, entry.name), path.join(to, folder, entry.name)];
          await copyFile(source, target);
          // Its time kept, so the gzip beside each file still reads as up to date (precompress.ts).
          const { atime, mtime } = await stat(source);
          await utimes(target, atime, mtime);
        }
      }),
    ),
  );
}
