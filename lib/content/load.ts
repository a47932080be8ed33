/** Stage 1: find and read every note under the content root. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

export interface SourceFile {
  /** Path relative to the project root, used in every message: `content/sagas/epic-saga.mdx`. */
  file: string;
  /** Path relative to the content root: `sagas/epic-saga.mdx`. */
  relativePath: string;
  /** Absolute path of the file: images are resolved against its folder. */
  absolutePath: string;
  raw: string;
}

export async function loadSources(contentDir: string, projectRoot: string): Promise<SourceFile[]> {
  const relativePaths = await glob('**/*.mdx', { cwd: contentDir, onlyFiles: true });
  relativePaths.sort();
  return Promise.all(
    relativePaths.map(async (relativePath) => ({
      file: path.relative(projectRoot, path.join(contentDir, relativePath)).split(path.sep).join('/'),
      relativePath,
      absolutePath: path.join(contentDir, relativePath),
      raw: await readFile(path.join(contentDir, relativePath), 'utf8'),
    })),
  );
}
