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
 * latest. `-z` ends each name with NUL and leaves it as it is: without it git quotes a name with
 * anything outside printable ASCII (`"notes/caf\303\251.md"`, core.quotePath), and such a note
 * would never match its path. The %x01 marker starts a commit's date.
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
    const log = execFileSync('git', ['log', '-z', '--format=%x01%cI', '--name-only', '--no-renames', '--', ...files], {
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

/** Reads the output of `git log -z --format=%x01%cI --name-only`: NUL-separated dates and names. */
export function parseLog(log: string, prefix: string, wanted: ReadonlySet<string>): Map<string, Date> {
  const dates = new Map<string, Date>();
  let date: Date | undefined;
  for (const field of log.split('\0')) {
    // The first name of a commit follows its date after a newline.
    const entry = field.replace(/^\n/, '');
    if (entry.startsWith('\x01')) date = new Date(entry.slice(1));
    else if (entry && date) {
      const file = prefix && entry.startsWith(`${prefix}/`) ? entry.slice(prefix.length + 1) : entry;
      if (wanted.has(file) && !dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}
