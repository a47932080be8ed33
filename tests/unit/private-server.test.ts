/**
 * The private wiki served by `npm start` with HTPASSWD_FILE: a small export folder behind the
 * password line that Debian's `htpasswd -B` wrote, requested as a browser would.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import bcrypt from 'bcryptjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, type BasicAuth } from '@/lib/server/basic-auth';
import { bcryptPool } from '@/lib/server/bcrypt-pool';
import { readHtpasswd } from '@/lib/server/htpasswd';
import { createStaticServer } from '@/lib/server/static-server';

const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const HTPASSWD = path.join(FIXTURES, 'htpasswd-from-apache/htpasswd');
const SIGNED_IN = { Authorization: `Basic ${Buffer.from('reader:correct horse battery staple').toString('base64')}` };
const WRONG = { Authorization: `Basic ${Buffer.from('reader:tr0ub4dor&3').toString('base64')}` };
// Every kind of file an export holds: pages, a script, the image of a note, the search index, a preview, the graph, the feed.
const FILES = [
  '/',
  '/notes/cqrs/',
  '/_next/static/chunks/app-0123abcd.js',
  '/assets/event-flow.0123456789ab.svg',
  '/search-index/index.0123abcd.json',
  '/previews/cqrs.json',
  '/graph/data.json',
  '/feed.xml',
];

let origin = '';
const servers: { server: Server; auth: BasicAuth }[] = [];

async function start(options: { basePath?: string; auth?: BasicAuth } = {}): Promise<string> {
  const auth = options.auth ?? basicAuth(readHtpasswd(HTPASSWD), 'Team "Ops" wiki');
  const server = createStaticServer({ root: path.join(FIXTURES, 'private-wiki-export'), basePath: options.basePath, auth });
  servers.push({ server, auth });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  origin = await start();
});

afterAll(async () => {
  for (const { server, auth } of servers) {
    server.close();
    await auth.close();
  }
});

describe('npm start with HTPASSWD_FILE', () => {
  it.each(FILES)('asks for a password before serving %s, and serves it after', async (file) => {
    for (const headers of [{}, WRONG]) {
      const refused = await fetch(`${origin}${file}`, { headers });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Basic realm="Team \\"Ops\\" wiki", charset="UTF-8"');
      expect(await refused.text()).not.toMatch(/private|CQRS|nodes/i);
    }
    const served = await fetch(`${origin}${file}`, { headers: SIGNED_IN });
    expect(served.status).toBe(200);
  });

  it('hides the 404 page and the method check behind the password too', async () => {
    expect((await fetch(`${origin}/notes/missing/`)).status).toBe(401);
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(401);
    const missing = await fetch(`${origin}/notes/missing/`, { headers: SIGNED_IN });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
    expect((await fetch(`${origin}/`, { method: 'POST', headers: SIGNED_IN })).status).toBe(405);
  });

  it('sends the 401 with the security headers of every answer, and lets no cache keep it', async () => {
    const refused = await fetch(`${origin}/notes/cqrs/`);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect(refused.headers.get('x-frame-options')).toBe('DENY');
    expect(refused.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(refused.headers.get('cache-control')).toBe('private, no-store');
  });

  it("asks for the password before a renamed note's 301 and the base path's 302", async () => {
    const moved = '/notes/command-query-split/';
    expect((await fetch(`${origin}${moved}`, { redirect: 'manual' })).status).toBe(401);
    const signedIn = await fetch(`${origin}${moved}`, { headers: SIGNED_IN, redirect: 'manual' });
    expect([signedIn.status, signedIn.headers.get('location')]).toEqual([301, '/notes/cqrs/']);
    const kb = await start({ basePath: '/kb' });
    expect((await fetch(`${kb}/`, { redirect: 'manual' })).status).toBe(401);
    expect((await fetch(`${kb}/kb${moved}`, { redirect: 'manual' })).status).toBe(401);
    const home = await fetch(`${kb}/`, { headers: SIGNED_IN, redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([302, '/kb/']);
  });

  it('marks every answer private, whatever its status, with the security headers', async () => {
    const page = await fetch(`${origin}/notes/cqrs/`, { headers: SIGNED_IN });
    const answers = {
      200: page,
      304: await fetch(`${origin}/notes/cqrs/`, { headers: { ...SIGNED_IN, 'If-None-Match': page.headers.get('etag')! } }),
      301: await fetch(`${origin}/notes/command-query-split/`, { headers: SIGNED_IN, redirect: 'manual' }),
      404: await fetch(`${origin}/notes/missing/`, { headers: SIGNED_IN }),
      405: await fetch(`${origin}/`, { method: 'POST', headers: SIGNED_IN }),
      416: await fetch(`${origin}/feed.xml`, { headers: { ...SIGNED_IN, Range: 'bytes=999999-' } }),
      401: await fetch(`${origin}/assets/event-flow.0123456789ab.svg`),
    };
    for (const [status, res] of Object.entries(answers)) {
      expect(res.status).toBe(Number(status));
      expect(res.headers.get('cache-control'), status).toMatch(/^private\b/);
      expect(res.headers.get('x-frame-options'), status).toBe('DENY');
      expect(res.headers.get('content-security-policy'), status).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('marks what it serves private, so no shared cache hands a page to the next reader', async () => {
    const page = await fetch(`${origin}/notes/cqrs/`, { headers: SIGNED_IN });
    const script = await fetch(`${origin}/_next/static/chunks/app-0123abcd.js`, { headers: SIGNED_IN });
    expect(page.headers.get('cache-control')).toBe('private, max-age=300, must-revalidate');
    expect(script.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const image = await fetch(`${origin}/assets/event-flow.0123456789ab.svg`, { headers: SIGNED_IN });
    expect(image.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  });
});

describe('a signed-in reader while wrong passwords flood in', () => {
  it('is answered while a guess that came first is still being checked', async () => {
    // Costly hashes (cost 13, over half a second a comparison) and one thread, so that the
    // guesses are still being checked long after the reader asks, however busy the machine.
    const users = new Map([['reader', bcrypt.hashSync('correct horse battery staple', 13)]]);
    const threads = bcryptPool({ threads: 1, maxQueue: 4 });
    let firstGuess: Promise<unknown> | undefined;
    let guessing: () => void = () => {};
    const guessed = new Promise<void>((resolve) => (guessing = resolve));
    const pool = {
      compare(password: string, hash: string) {
        const result = threads.compare(password, hash);
        if (password !== 'correct horse battery staple' && !firstGuess) {
          firstGuess = result;
          guessing();
        }
        return result;
      },
      close: () => threads.close(),
    };
    const flooded = await start({ auth: basicAuth(users, 'Team wiki', { pool }) });
    expect((await fetch(`${flooded}/notes/cqrs/`, { headers: SIGNED_IN })).status).toBe(200);

    const statuses: number[] = [];
    const flood = Array.from({ length: 200 }, () =>
      fetch(`${flooded}/notes/cqrs/`, { headers: WRONG }).then((res) => statuses.push(res.status)),
    );
    await guessed;
    let firstGuessChecked = false;
    void firstGuess!.then(() => (firstGuessChecked = true));
    const page = await fetch(`${flooded}/notes/cqrs/`, { headers: SIGNED_IN });
    // The reader does not wait for the guesses: one that was being checked when it asked still is.
    expect(firstGuessChecked).toBe(false);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('CQRS');
    await Promise.all(flood);
    // Beyond the queue, guesses are turned away at once (503) rather than waiting their turn.
    expect(new Set(statuses)).toEqual(new Set([401, 503]));
  });
});

describe('a password file the server cannot use', () => {
  const run = promisify(execFile);
  const serve = (HTPASSWD_FILE: string) =>
    run(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), path.resolve('scripts/serve.ts')], {
      env: { ...process.env, HTPASSWD_FILE, PORT: '0' },
      timeout: 30_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );

  it('stops the server, naming the file and line', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'atlas-htpasswd-')), 'htpasswd');
    await writeFile(file, '# team\nada:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/\n');
    const { code, stderr } = await serve(file);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:2  Unsupported password hash for "ada": MD5 ($apr1$) [invalid-htpasswd]`);
  });

  it('stops the server when HTPASSWD_FILE points at nothing', async () => {
    const { code, stderr } = await serve('/nonexistent/htpasswd');
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/htpasswd  No such file');
  });
});
