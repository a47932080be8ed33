/**
 * When each note last changed: the committer date of the last commit that touched it, read
 * for every file in one `git log` call, or the file's mtime when git has no answer (no
 * repository, git missing, or the file not committed yet).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/** Files (relative to `root`, forward slashes) → last change. */
export function lastUpdated(files: readonly string[], root: string): Map<string, Date> {
  const fromGit = gitDates(files, root);
  return new Map(files.map((file) => [file, fromGit.get(file) ?? statSync(path.join(root, file)).mtime]));
}

/**
 * `git log --name-only` lists commits newest first, so the first date seen for a file is its
 * latest. The `%x00` marker separates a commit's date from its file names.
 */
function gitDates(files: readonly string[], root: string): Map<string, Date> {
  if (files.length === 0) return new Map();
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    // Paths in git's output are relative to the repository's top level, which may sit above root.
    const prefix = path.relative(top, root).split(path.sep).join('/');
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', ...files], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseLog(log, prefix, new Set(files));
  } catch {
    return new Map();
  }
}

/** Reads the output of `git log --format=%x00%cI --name-only`. */
export function parseLog(log: string, prefix: string, wanted: ReadonlySet<string>): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const block of log.split('\0').slice(1)) {
    const [date = '', ...names] = block.split('\n');
    for (const name of names) {
      const file = prefix && name.startsWith(`${prefix}/`) ? name.slice(prefix.length + 1) : name;
      if (file && wanted.has(file) && !dates.has(file)) dates.set(file, new Date(date.trim()));
    }
  }
  return dates;
}
