/** Whether a script module is the one Node was asked to run, rather than one imported by another. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Compares real paths: `import.meta.url` is percent-encoded (a space is `%20`) and symlinks
 * resolved, while `process.argv[1]` is the path as typed, so comparing the strings fails in a
 * project folder with a space or behind a symlink, and the script would silently do nothing.
 */
export function isMain(moduleUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (!script) return false;
  try {
    return realpathSync(fileURLToPath(moduleUrl)) === realpathSync(script);
  } catch {
    return false;
  }
}
