/**
 * Reads an Apache password file (`user:hash` per line) for the private wiki. Only bcrypt
 * hashes, as `htpasswd -B` writes them: Apache's other kinds ({SHA}, $apr1$ MD5, crypt) are
 * fast to brute-force, and refusing them is clearer than accepting a weak file quietly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, type ContentProblem } from '../content/problems';

/** Usernames to bcrypt hashes, in file order. */
export type Htpasswd = ReadonlyMap<string, string>;

/** A password file that the server refuses to start with; the message names the file and line. */
export class HtpasswdError extends Error {
  constructor(readonly problem: ContentProblem) {
    super(formatProblem(problem));
    this.name = 'HtpasswdError';
  }
}

// $2y$ is what htpasswd writes; $2a$ and $2b$ are the same algorithm from other tools.
const BCRYPT = /^\$2[aby]\$(0[4-9]|[12]\d|3[01])\$[./A-Za-z0-9]{53}$/;
const OTHER_KINDS: [RegExp, string][] = [
  [/^\{SHA\}/, 'SHA-1 ({SHA})'],
  [/^\$apr1\$/, 'MD5 ($apr1$)'],
  [/^\$[156]\$/, 'crypt with MD5 or SHA-2'],
  [/^\$2/, 'a malformed bcrypt hash'],
];
const LINE_HINT = 'one `user:hash` per line, as `htpasswd -B <file> <user>` writes it; # starts a comment';
const BCRYPT_HINT = 'only bcrypt is supported: set the password again with `htpasswd -B <file> <user>`';

export function parseHtpasswd(text: string, file: string): Htpasswd {
  const users = new Map<string, string>();
  const firstLine = new Map<string, number>();
  const fail = (line: number, message: string, hint?: string) => new HtpasswdError({ file, line, code: 'invalid-htpasswd', message, hint });
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    const colon = entry.indexOf(':');
    const user = entry.slice(0, colon);
    const hash = entry.slice(colon + 1);
    if (colon <= 0 || hash === '') throw fail(line, 'Malformed line: expected "user:hash"', LINE_HINT);
    if (!BCRYPT.test(hash)) {
      const kind = OTHER_KINDS.find(([pattern]) => pattern.test(hash))?.[1] ?? 'crypt or plain text';
      throw fail(line, `Unsupported password hash for "${user}": ${kind}`, BCRYPT_HINT);
    }
    const earlier = firstLine.get(user);
    if (earlier !== undefined) throw fail(line, `User "${user}" is listed twice (first on line ${earlier})`, 'keep one line per user');
    users.set(user, hash);
    firstLine.set(user, line);
  }
  if (users.size === 0)
    throw new HtpasswdError({
      file,
      code: 'invalid-htpasswd',
      message: 'No users: nobody could sign in',
      hint: 'add one with `htpasswd -B <file> <user>`',
    });
  return users;
}

/** Reads the file once, at server start; `file` as the environment or a flag gave it. */
export function readHtpasswd(file: string): Htpasswd {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'No such file' : `Cannot read the file (${String(error)})`;
    throw new HtpasswdError({
      file: shown,
      code: 'invalid-htpasswd',
      message: `${reason}: HTPASSWD_FILE must name the password file`,
      hint: 'create it with `htpasswd -cB <file> <user>` (Debian: apt-get install apache2-utils)',
    });
  }
  return parseHtpasswd(text, shown);
}

/** Relative to the working directory when inside it (as content problems are), else absolute. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative;
}
