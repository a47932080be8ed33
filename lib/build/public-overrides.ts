/**
 * Files in `public/` are served as they are, and a team's own file wins over one the site
 * generates at the same path (`public/robots.txt` over the generated robots.txt, say). Next
 * does the opposite in an export: it silently skips a public file whose path a route writes.
 * So after the export, each public file that differs from what is there is copied over it;
 * returns the site paths it replaced.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { GENERATED_PUBLIC_DIRS } from './generated-public';

export async function applyPublicOverrides(publicDir: string, outDir: string): Promise<string[]> {
  // The emit stage's folders are the site's own output, copied by Next as they are.
  const files = (await glob('**/*', { cwd: publicDir, onlyFiles: true, ignore: GENERATED_PUBLIC_DIRS.map((dir) => `${dir}/**`) })).sort();
  const replaced: string[] = [];
  for (const file of files) {
    const [ours, exported] = await Promise.all([
      readFile(path.join(publicDir, file)),
      readFile(path.join(outDir, file)).catch(() => undefined),
    ]);
    // Next copied every other public file already: only a generated file differs (or is missing).
    if (exported?.equals(ours)) continue;
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await copyFile(path.join(publicDir, file), path.join(outDir, file));
    replaced.push(`/${file}`);
  }
  return replaced;
}
