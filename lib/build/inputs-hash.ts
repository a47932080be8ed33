/** A hash of everything a build reads, so `npm start` can tell whether `out/` is stale. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';

export const BUILD_INPUTS = ['content/**', 'app/**', 'components/**', 'lib/**', 'public/**', 'diagrams/**', 'site.config.ts', 'next.config.ts', 'postcss.config.mjs', 'package-lock.json'];

export async function hashBuildInputs(projectRoot: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  const files = (await glob(BUILD_INPUTS, { cwd: projectRoot, onlyFiles: true })).sort();
  const hash = createHash('sha256');
  // The base path and site URL change every page, so they are inputs too.
  hash.update(`BASE_PATH=${env.BASE_PATH ?? ''}\nSITE_URL=${env.SITE_URL ?? ''}\n`);
  for (const file of files) hash.update(file).update('\0').update(await readFile(`${projectRoot}/${file}`)).update('\0');
  return hash.digest('hex').slice(0, 20);
}

export const BUILD_STAMP = '.atlas-build.json';
