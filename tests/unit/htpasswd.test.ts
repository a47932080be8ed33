import bcrypt from 'bcryptjs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtpasswdError, parseHtpasswd, readHtpasswd } from '@/lib/server/htpasswd';

const APACHE_FILE = path.join(import.meta.dirname, '../fixtures/htpasswd-from-apache/htpasswd');
const hash = bcrypt.hashSync('secret', 4);

function problemOf(text: string) {
  try {
    parseHtpasswd(text, 'htpasswd');
  } catch (error) {
    if (error instanceof HtpasswdError) return error.problem;
    throw error;
  }
  throw new Error('parsed without a problem');
}

describe('HTPASSWD_FILE', () => {
  it("reads the line Debian's `htpasswd -B` wrote, skipping its comment", () => {
    const users = readHtpasswd(APACHE_FILE);
    expect([...users.keys()]).toEqual(['reader']);
    expect(bcrypt.compareSync('correct horse battery staple', users.get('reader')!)).toBe(true);
  });

  it('takes every bcrypt prefix, CRLF line ends, comments and blank lines', () => {
    const text = `# team\r\n\r\nada:${hash}\r\n  \r\nbob:${hash.replace('$2b$', '$2y$')}\r\ncy:${hash.replace('$2b$', '$2a$')}\r\n`;
    expect([...parseHtpasswd(text, 'htpasswd').keys()]).toEqual(['ada', 'bob', 'cy']);
  });

  it('names the line of a malformed entry', () => {
    expect(problemOf(`ada:${hash}\nbob\n`)).toMatchObject({ line: 2, message: 'Malformed line: expected "user:hash"' });
    expect(problemOf(`:${hash}`)).toMatchObject({ line: 1, message: 'Malformed line: expected "user:hash"' });
    expect(problemOf('ada:')).toMatchObject({ line: 1 });
  });

  it('refuses every hash kind but bcrypt, saying which it found', () => {
    expect(problemOf('ada:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=').message).toContain('SHA-1 ({SHA})');
    expect(problemOf('ada:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/').message).toContain('MD5 ($apr1$)');
    expect(problemOf('ada:rqXexS6ZhobKA').message).toContain('crypt or plain text');
    expect(problemOf(`ada:${hash.slice(0, -1)}`).message).toContain('a malformed bcrypt hash');
    expect(problemOf('ada:{SHA}x').hint).toMatch(/only bcrypt is supported.*htpasswd -B/);
  });

  it('refuses a user listed twice and a file with nobody in it', () => {
    expect(problemOf(`ada:${hash}\nada:${hash}`)).toMatchObject({ line: 2, message: 'User "ada" is listed twice (first on line 1)' });
    const empty = problemOf('# nobody yet\n');
    expect(empty.message).toBe('No users: nobody could sign in');
    expect(empty.line).toBeUndefined();
  });

  it('says clearly when the file is not there', () => {
    expect(() => readHtpasswd('/nonexistent/htpasswd')).toThrow(
      /^\/nonexistent\/htpasswd {2}No such file: HTPASSWD_FILE must name the password file/,
    );
  });
});
