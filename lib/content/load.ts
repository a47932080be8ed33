/**
 * The load stage: find and read every note (`.md` and `.mdx`) under the content folder. A note is
 * read only where its real path lies inside the folder: a symbolic link that leads out of it (to
 * `/proc/self/environ`, `/etc/passwd`, a home folder) is refused, never read, so a note cannot
 * publish the build machine. A link inside the folder is fine. Folders are not followed through
 * links at all, so the walk never leaves the folder.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { fdir } from 'fdir';

export interface SourceFile {
  /**
   * Path used in every message: relative to the project root (`content/sagas/epic-saga.mdx`), or
   * absolute for a content folder outside the project, which a terminal can open as it is.
   */
  file: string;
  /** Path relative to the content root: `sagas/epic-saga.mdx`. */
  relativePath: string;
  /** Absolute path, for files a note refers to (images beside it). */
  absolutePath: string;
  raw: string;
}

/** The content folder is missing or not a folder: nothing can be built, so this stops the build. */
export class ContentDirError extends Error {
  constructor(contentDir: string) {
    super(
      `Content folder not found: ${contentDir}\n    hint: set contentDir in site.config.ts or CONTENT_DIR to a folder of .md or .mdx notes (absolute, or relative to the project)`,
    );
    this.name = 'ContentDirError';
  }
}

/** A file the load stage will not read, and why: it names the file, as every problem does. */
export interface RefusedFile {
  file: string;
  reason: string;
}

export interface LoadResult {
  sources: SourceFile[];
  refused: RefusedFile[];
}

export async function loadSources(contentDir: string, projectRoot: string, options: { mdx?: boolean } = {}): Promise<LoadResult> {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new ContentDirError(contentDir);
  const relativePaths = await listNoteFiles(contentDir);
  const root = await realpath(contentDir);
  const refused: RefusedFile[] = [];
  const read = await Promise.all(
    relativePaths.map(async (relativePath): Promise<SourceFile | undefined> => {
      const absolutePath = path.join(contentDir, relativePath);
      const relative = path.relative(projectRoot, absolutePath).split(path.sep).join('/');
      const file = relative.startsWith('../') ? absolutePath : relative;
      if (options.mdx === false && /\.mdx$/i.test(relativePath)) {
        refused.push({ file, reason: 'MDX notes are not allowed in this wiki ("mdx: false" in the settings): MDX runs code' });
        return undefined;
      }
      const real = await realpath(absolutePath).catch(() => undefined);
      // A link to a folder named like a note is no note; it is not followed either.
      if (real && isInside(root, real) && !statSync(real).isFile()) return undefined;
      if (!real || !isInside(root, real)) {
        refused.push({ file, reason: `A link to a file outside the content folder${real ? ` (${real})` : ''} is not read` });
        return undefined;
      }
      return { file, relativePath, absolutePath, raw: await readFile(real, 'utf8') };
    }),
  );
  return { sources: read.filter((source) => source !== undefined), refused };
}

/**
 * Paths of the notes under the content folder, sorted. Dot-folders (`.git`, `.obsidian`, `.trash`,
 * `.diagrams`, `.templates`) and `node_modules` are skipped. fdir, not a glob: it lists a symbolic
 * link as the file it is, without following it, so the load stage can check where it leads.
 */
export async function listNoteFiles(contentDir: string): Promise<string[]> {
  const found = await new fdir()
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name) => name.startsWith('.') || name === 'node_modules')
    .filter((file, isDirectory) => !isDirectory && NOTE_FILE.test(file) && !path.basename(file).startsWith('.'))
    .crawl(contentDir)
    .withPromise();
  return found.sort();
}

const NOTE_FILE = /\.mdx?$/i;

/** Whether `file` (a real path) lies inside `folder` (a real path). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
