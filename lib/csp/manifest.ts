/**
 * `out/_atlas/csp.json`: every exported HTML file (site path such as `/notes/cqrs/index.html`)
 * → the hashes of its inline scripts. Written by the build; read by the Node server and by
 * `npm run deploy:nginx`, so both send the same policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { inlineScriptHashes } from './inline-scripts';

export const CSP_MANIFEST = '_atlas/csp.json';

export type CspManifest = Record<string, string[]>;

export async function writeCspManifest(outDir: string): Promise<CspManifest> {
  const files = (await glob('**/*.html', { cwd: outDir, onlyFiles: true })).sort();
  const manifest: CspManifest = {};
  for (const file of files) manifest[`/${file}`] = inlineScriptHashes(await readFile(path.join(outDir, file), 'utf8'));
  await mkdir(path.join(outDir, path.dirname(CSP_MANIFEST)), { recursive: true });
  await writeFile(path.join(outDir, CSP_MANIFEST), JSON.stringify(manifest, null, 1));
  return manifest;
}

/** An export without a manifest (built before this existed) gets the strict policy with no hashes. */
export function readCspManifest(outDir: string): CspManifest {
  const file = path.join(outDir, CSP_MANIFEST);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CspManifest) : {};
}

/** The HTML file a request path is answered with, as static hosts resolve it (`/a/` → `/a/index.html`, `/a` → `/a.html`). */
export function htmlFileFor(pathname: string, manifest: CspManifest): string | undefined {
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}.html`, `${pathname}/index.html`];
  return candidates.find((c) => c in manifest);
}
