/** A hash of everything a build reads, so `npm start` can tell whether an export is stale. */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { glob } from 'tinyglobby';
import { contentLocations } from '../content/locations';
import { GENERATED_PUBLIC_DIRS } from './generated-public';

/** The engine's own inputs, from the project root. The content folder, wherever it is, is added to them. */
export const BUILD_INPUTS = [
  'app/**',
  'components/**',
  'lib/**',
  'scripts/**',
  'public/**',
  'site.config.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package-lock.json',
];

/** Settings from the environment that change what is built. */
const ENV_INPUTS = ['BASE_PATH', 'SITE_URL', 'CONTENT_DIR', 'BROKEN_LINKS', 'ATLAS_BUNDLER'];

export async function hashBuildInputs(projectRoot: string, env: Record<string, string | undefined> = process.env): Promise<string> {
  const { contentDir } = contentLocations(projectRoot, env);
  // Every file of the content folder counts (notes, images, diagrams, its site.config.yaml), dot-folders too.
  const content = (await glob('**', { cwd: contentDir, onlyFiles: true, dot: true, ignore: ['**/node_modules/**', '.git/**'] }))
    .sort()
    .map((file) => path.join(contentDir, file));
  const settings = ENV_INPUTS.map((name) => `${name}=${env[name] ?? ''}`);
  return hashFiles([...(await engineFiles(projectRoot, BUILD_INPUTS)), ...content], settings);
}

/**
 * The engine's code and dependencies (not `public/`, which Next copies into the export and does
 * not compile), with `settings` that change the compiled app: what Next's compile depends on.
 */
export async function hashEngineInputs(projectRoot: string, settings: readonly string[]): Promise<string> {
  return hashFiles(
    await engineFiles(
      projectRoot,
      BUILD_INPUTS.filter((pattern) => pattern !== 'public/**'),
    ),
    settings,
  );
}

async function engineFiles(projectRoot: string, patterns: readonly string[]): Promise<string[]> {
  // public/'s generated folders are output (of `npm run dev`), not input.
  const generated = GENERATED_PUBLIC_DIRS.map((dir) => `public/${dir}/**`);
  return (await glob([...patterns], { cwd: projectRoot, onlyFiles: true, ignore: generated }))
    .sort()
    .map((file) => path.join(projectRoot, file));
}

/**
 * Each file digested on its own, a few read at once (the build waits for this before it starts),
 * then the digests combined in path order, after the settings.
 */
async function hashFiles(files: readonly string[], settings: readonly string[]): Promise<string> {
  const limit = pLimit(16);
  const digests = await Promise.all(
    files.map((file) =>
      limit(async () =>
        createHash('sha256')
          .update(await readFile(file))
          .digest(),
      ),
    ),
  );
  const hash = createHash('sha256');
  for (const setting of settings) hash.update(`${setting}\n`);
  files.forEach((file, i) => hash.update(file).update('\0').update(digests[i]!).update('\0'));
  return hash.digest('hex').slice(0, 20);
}

export const BUILD_STAMP = '.atlas-build.json';

/**
 * Why `npm start` must build first, or undefined when the export in `outDir` (a folder of the
 * project, as ATLAS_OUT_DIR names it) was built from the inputs as they are now.
 */
export async function staleReason(
  projectRoot: string,
  outDir: string,
  env: Record<string, string | undefined> = process.env,
): Promise<string | undefined> {
  const stampFile = path.join(projectRoot, outDir, BUILD_STAMP);
  if (!existsSync(stampFile)) return `${outDir}/ has no build`;
  const built = (JSON.parse(await readFile(stampFile, 'utf8')) as { inputs?: string }).inputs;
  return built === (await hashBuildInputs(projectRoot, env)) ? undefined : `${outDir}/ is stale`;
}
