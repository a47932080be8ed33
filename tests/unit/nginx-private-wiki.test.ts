/**
 * The private wiki under the real nginx: `npm run deploy:nginx`'s config, with a password file
 * or oauth2-proxy in front, run by nginx on a loopback port against a small export. CI installs
 * nginx-light (.ci/run); elsewhere the test is skipped when nginx is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRedirectManifest } from '@/lib/build/redirect-pages';
import { readCspManifest } from '@/lib/csp/manifest';
import type { NginxAuth } from '@/lib/server/nginx-auth';
import { nginxConfig } from '@/lib/server/nginx-config';

const NGINX = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p): p is string => Boolean(p && existsSync(p)));
const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const SIGNED_IN = { Authorization: `Basic ${Buffer.from('reader:correct horse battery staple').toString('base64')}` };
const SCRIPT = '/_next/static/chunks/app-0123abcd.js';
const IMAGE = '/assets/event-flow.0123456789ab.svg';
const MOVED = '/notes/command-query-split/';
const FILES = [
  '/',
  '/notes/cqrs/',
  SCRIPT,
  IMAGE,
  '/search-index/index.0123abcd.json',
  '/previews/cqrs.json',
  '/graph/data.json',
  '/feed.xml',
];
// A site name written to break out: of the header (CR/LF), of the quoted realm, of the nginx string ($ is a variable there).
const HOSTILE_NAME = 'Team "Ops" \\ wiki\r\nX-Injected: yes";\n    auth_basic off; # $host';

function expectSecurityHeaders(res: Response, what: string) {
  expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), what).toBe('DENY');
  expect(res.headers.get('content-security-policy'), what).toMatch(/frame-ancestors 'none'/);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** nginx in a temporary prefix serving a copy of the fixture export (with its .gz files), until `stop`. */
async function startNginx(nginx: string, auth: (prefix: string) => Promise<NginxAuth>, basePath = '') {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'atlas-nginx-'));
  // nginx's workers run as nobody when started by root: they must be able to read it all.
  await chmod(prefix, 0o755);
  const root = path.join(prefix, 'site');
  const site = path.join(root, basePath);
  await cp(path.join(FIXTURES, 'private-wiki-export'), site, { recursive: true });
  await writeFile(path.join(site, `${SCRIPT}.gz`), gzipSync(await readFile(path.join(site, SCRIPT))));
  const port = await freePort();
  const server = nginxConfig({
    manifest: readCspManifest(site),
    redirects: readRedirectManifest(site),
    basePath,
    serverName: 'localhost',
    root,
    listen: `127.0.0.1:${port}`,
    auth: await auth(prefix),
  });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  const errorLog = path.join(prefix, 'error.log');
  const types = 'types { text/html html; application/javascript js; application/json json; application/atom+xml xml; }';
  const conf = `worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${errorLog};\nevents { worker_connections 64; }\n`;
  await writeFile(path.join(prefix, 'nginx.conf'), `${conf}http {\n    access_log off;\n${temp}\n    ${types}\n${server}\n}\n`);
  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null || attempt === 100) {
      child.kill();
      throw new Error(`nginx did not start: ${await readFile(errorLog, 'utf8').catch(() => '')}`);
    }
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { origin, stop: () => child.kill('SIGQUIT') };
}

const withPasswordFile = async (prefix: string): Promise<NginxAuth> => {
  const userFile = path.join(prefix, 'htpasswd');
  await cp(path.join(FIXTURES, 'htpasswd-from-apache/htpasswd'), userFile);
  return { kind: 'basic', userFile, realm: HOSTILE_NAME };
};

describe.skipIf(!NGINX)(`npm run deploy:nginx with a password file, under the real nginx (${NGINX ?? 'not installed'})`, () => {
  let origin = '';
  let stop = () => {};
  beforeAll(async () => {
    ({ origin, stop } = await startNginx(NGINX!, withPasswordFile));
  }, 20_000);
  afterAll(() => stop());

  it.each(FILES)('answers 401 without and 200 with credentials: %s', async (file) => {
    const refused = await fetch(`${origin}${file}`);
    expect(refused.status).toBe(401);
    expect((await fetch(`${origin}${file}`, { headers: SIGNED_IN })).status).toBe(200);
  });

  it('sends the site name as an escaped realm: no header and no directive slips out of it', async () => {
    const refused = await fetch(`${origin}/`);
    expect(refused.headers.get('www-authenticate')).toBe(
      'Basic realm="Team \\"Ops\\" \\\\ wikiX-Injected: yes\\";    auth_basic off; # host"',
    );
    expect(refused.headers.get('x-injected')).toBeNull();
  });

  it("asks for the password before a renamed note's 301, and sends it with the headers of every answer", async () => {
    for (const url of [MOVED, MOVED.slice(0, -1), `${MOVED}index.html`]) {
      const refused = await fetch(`${origin}${url}`, { redirect: 'manual' });
      expect(refused.status, url).toBe(401);
      expect(refused.headers.get('cache-control'), url).toBe('private, no-store');
      expectSecurityHeaders(refused, `401 ${url}`);
    }
    const moved = await fetch(`${origin}${MOVED}?q=read`, { headers: SIGNED_IN, redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, `${origin}/notes/cqrs/?q=read`]);
    expect(moved.headers.get('cache-control')).toBe('private, max-age=300, must-revalidate');
    expectSecurityHeaders(moved, '301');
  });

  it('answers a 304 with the headers of the 200 it stands for', async () => {
    const page = await fetch(`${origin}/notes/cqrs/`, { headers: SIGNED_IN });
    const notModified = await fetch(`${origin}/notes/cqrs/`, { headers: { ...SIGNED_IN, 'If-None-Match': page.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
    expectSecurityHeaders(notModified, '304');
    expect(notModified.headers.get('cache-control')).toBe('private, max-age=300, must-revalidate');
  });

  it('answers hostile ranges with 416 or the whole file, with the headers of every answer', async () => {
    for (const range of ['bytes=5-1', 'bytes=0-99999999999999999999', 'garbage', 'bytes=0-1,5-6']) {
      const res = await fetch(`${origin}/feed.xml`, { headers: { ...SIGNED_IN, Range: range } });
      expect([200, 206, 416], range).toContain(res.status);
      if (res.status === 416) expect(res.headers.get('content-range'), range).toMatch(/^bytes \*\/\d+$/);
      // nginx 1.22 sends its added headers twice on a 416 ("nosniff, nosniff"): the same values, the same effect.
      const once = (name: string) => [...new Set(res.headers.get(name)?.split(', '))].join(', ');
      expect([once('x-content-type-options'), once('x-frame-options')], range).toEqual(['nosniff', 'DENY']);
      expect(once('content-security-policy'), range).toMatch(/frame-ancestors 'none'/);
      expect(once('cache-control'), range).toBe('private, max-age=300, must-revalidate');
    }
    expect((await fetch(`${origin}/feed.xml`, { headers: SIGNED_IN })).status).toBe(200);
  });

  it("sends the security headers with nginx's own 400 for a malformed request, too", async () => {
    // fetch cannot send a malformed request line: a raw socket can.
    const { port } = new URL(origin);
    const head = await new Promise<string>((resolve, reject) => {
      let received = '';
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GARBAGE\r\n\r\n'));
      socket.on('data', (chunk) => (received += String(chunk)));
      socket.on('close', () => resolve(received.split('\r\n\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(head).toContain('X-Content-Type-Options: nosniff');
    expect(head).toContain("frame-ancestors 'none'");
  });

  it('marks the images of notes private too, and their 401 uncacheable', async () => {
    const refused = await fetch(`${origin}${IMAGE}`);
    expect([refused.status, refused.headers.get('cache-control')]).toEqual([401, 'private, no-store']);
    const served = await fetch(`${origin}${IMAGE}`, { headers: SIGNED_IN });
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  });

  it('guards the 404 page and the precompressed files as well', async () => {
    expect((await fetch(`${origin}/notes/missing/`)).status).toBe(401);
    const missing = await fetch(`${origin}/notes/missing/`, { headers: SIGNED_IN });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
    expect((await fetch(`${origin}${SCRIPT}`, { headers: { 'Accept-Encoding': 'gzip' } })).status).toBe(401);
    expect((await fetch(`${origin}${SCRIPT}.gz`)).status).toBe(401);
    const gzipped = await fetch(`${origin}${SCRIPT}`, { headers: { ...SIGNED_IN, 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the security headers with the 401, keeps it out of every cache, and serves the rest private', async () => {
    const refused = await fetch(`${origin}${SCRIPT}`);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect(refused.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(refused.headers.get('cache-control')).toBe('private, no-store');
    const served = await fetch(`${origin}${SCRIPT}`, { headers: SIGNED_IN });
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  });
});

describe.skipIf(!NGINX)('npm run deploy:nginx with a password file and a base path, under the real nginx', () => {
  let origin = '';
  let stop = () => {};
  beforeAll(async () => {
    ({ origin, stop } = await startNginx(NGINX!, withPasswordFile, '/kb'));
  }, 20_000);
  afterAll(() => stop());

  it("asks for the password before the base path's 302 and a renamed note's 301", async () => {
    for (const url of ['/', `/kb${MOVED}`]) {
      const refused = await fetch(`${origin}${url}`, { redirect: 'manual' });
      expect(refused.status, url).toBe(401);
      expectSecurityHeaders(refused, url);
    }
    const home = await fetch(`${origin}/`, { headers: SIGNED_IN, redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([302, `${origin}/kb/`]);
    expectSecurityHeaders(home, '302');
    const moved = await fetch(`${origin}/kb${MOVED}`, { headers: SIGNED_IN, redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, `${origin}/kb/notes/cqrs/`]);
  });
});

// oauth2-proxy itself is a Go program that is not installed here: a stand-in answers its two
// endpoints as it does (202 or 401 from /oauth2/auth, a page from /oauth2/sign_in), so the test
// pins nginx's half of the wiring.
describe.skipIf(!NGINX)('npm run deploy:nginx with oauth2-proxy, under the real nginx', () => {
  const SESSION = { Cookie: '_oauth2_proxy=signed-in' };
  const asked: string[] = [];
  let origin = '';
  let stop = () => {};
  let proxy: Server | undefined;
  beforeAll(async () => {
    proxy = createHttpServer((req, res) => {
      if (req.url === '/oauth2/auth') {
        asked.push(String(req.headers['x-forwarded-uri']));
        return res.writeHead(req.headers.cookie === SESSION.Cookie ? 202 : 401).end();
      }
      if (req.url?.startsWith('/oauth2/sign_in'))
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<h1>Sign in</h1>${String(req.headers['x-auth-request-redirect'])}`);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const upstream = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    ({ origin, stop } = await startNginx(NGINX!, async () => ({ kind: 'oauth2-proxy', upstream })));
  }, 20_000);
  afterAll(() => {
    stop();
    proxy?.close();
  });

  it.each(FILES)('shows the sign-in page without a session and serves with one: %s', async (file) => {
    const refused = await fetch(`${origin}${file}`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(`<h1>Sign in</h1>${file}`);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${origin}${file}`, { headers: SESSION })).status).toBe(200);
    expect(asked).toContain(file);
  });

  it('asks oauth2-proxy before the 404 page and the precompressed files too', async () => {
    expect((await fetch(`${origin}/notes/missing/`)).status).toBe(403);
    expect((await fetch(`${origin}/notes/missing/`, { headers: SESSION })).status).toBe(404);
    expect((await fetch(`${origin}${SCRIPT}.gz`)).status).toBe(403);
    const gzipped = await fetch(`${origin}${SCRIPT}`, { headers: { ...SESSION, 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  });

  it("asks oauth2-proxy before a renamed note's 301", async () => {
    expect((await fetch(`${origin}${MOVED}`, { redirect: 'manual' })).status).toBe(403);
    const moved = await fetch(`${origin}${MOVED}`, { headers: SESSION, redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, `${origin}/notes/cqrs/`]);
  });
});

describe('npm run deploy:nginx without a password file', () => {
  it('leaves the wiki public, as before', () => {
    const config = nginxConfig({ manifest: {}, basePath: '', serverName: 'localhost', root: '/srv/atlas' });
    expect(config).not.toMatch(/auth_basic|auth_request/);
    expect(config).toContain('listen 80;');
    expect(config).toContain('add_header Cache-Control "public, max-age=300, must-revalidate" always;');
  });
});
