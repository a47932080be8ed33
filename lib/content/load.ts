/** The load stage: find and read every note (`.md` and `.mdx`) under the content folder. */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

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

export async function loadSources(contentDir: string, projectRoot: string): Promise<SourceFile[]> {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new ContentDirError(contentDir);
  // Dot-folders (.git, .diagrams) are skipped by default; node_modules is never notes.
  const relativePaths = await glob(['**/*.md', '**/*.mdx'], {
    cwd: contentDir,
    onlyFiles: true,
    ignore: ['**/node_modules/**'],
    caseSensitiveMatch: false,
  });
  relativePaths.sort();
  return Promise.all(
    relativePaths.map(async (relativePath) => {
      const absolutePath = path.join(contentDir, relativePath);
      const relative = path.relative(projectRoot, absolutePath).split(path.sep).join('/');
      return {
        file: relative.startsWith('../') ? absolutePath : relative,
        relativePath,
        absolutePath,
        raw: await readFile(absolutePath, 'utf8'),
      };
    }),
  );
}
