/** The version of a package installed in the project's node_modules, or `fallback` when it is not there. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function installedVersion(projectRoot: string, name: string, fallback: string): string {
  const manifest = path.join(projectRoot, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : fallback;
}
