/**
 * The private wiki under the real nginx: `npm run deploy:nginx`'s config, with a password file,
 * run by nginx on a loopback port against a small export. CI installs nginx-light (.ci/run);
 * elsewhere the test is skipped when nginx is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCspManifest } from '@/lib/csp/manifest';
import { nginxConfig } from '@/lib/server/nginx-config';

const NGINX = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p): p is string => Boolean(p && existsSync(p)));
const FIXTURES = path.join(import.meta.dirname, '../fixtures');
const SIGNED_IN = { Authorization: `Basic ${Buffer.from('reader:correct horse battery staple').toString('base64')}` };
const SCRIPT = '/_next/static/chunks/app-0123abcd.js';

let origin = '';
let nginx: ChildProcess | undefined;
let errorLog = '';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function untilAnswering(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${await readFile(errorLog, 'utf8').catch(() => '')}`);
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer at ${url}`);
}

beforeAll(async () => {
  if (!NGINX) return;
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'atlas-nginx-'));
  // nginx's workers run as nobody when started by root: they must be able to read it all.
  await chmod(prefix, 0o755);
  const site = path.join(prefix, 'site');
  await cp(path.join(FIXTURES, 'private-wiki-export'), site, { recursive: true });
  await writeFile(path.join(site, `${SCRIPT}.gz`), gzipSync(await readFile(path.join(site, SCRIPT))));
  const userFile = path.join(prefix, 'htpasswd');
  await cp(path.join(FIXTURES, 'htpasswd-from-apache/htpasswd'), userFile);

  const port = await freePort();
  const server = nginxConfig({ manifest: readCspManifest(site), basePath: '', serverName: 'localhost', root: site, listen: `127.0.0.1:${port}`, auth: { userFile, realm: 'Team wiki' } });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  errorLog = path.join(prefix, 'error.log');
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${errorLog};\nevents { worker_connections 64; }\nhttp {\n    access_log off;\n${temp}\n    types { text/html html; application/javascript js; application/json json; application/atom+xml xml; }\n${server}\n}\n`,
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'], { stdio: 'ignore' });
  origin = `http://127.0.0.1:${port}`;
  await untilAnswering(`${origin}/`, nginx);
}, 20_000);

afterAll(() => {
  nginx?.kill('SIGQUIT');
});

describe.skipIf(!NGINX)(`npm run deploy:nginx with a password file, under the real nginx (${NGINX ?? 'not installed'})`, () => {
  it.each(['/', '/notes/cqrs/', SCRIPT, '/search-index/index.0123abcd.json', '/previews/cqrs.json', '/graph/data.json', '/feed.xml'])('answers 401 without and 200 with credentials: %s', async (file) => {
    const refused = await fetch(`${origin}${file}`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toBe('Basic realm="Team wiki"');
    expect((await fetch(`${origin}${file}`, { headers: SIGNED_IN })).status).toBe(200);
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
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const served = await fetch(`${origin}${SCRIPT}`, { headers: SIGNED_IN });
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
  });
});

describe('npm run deploy:nginx without a password file', () => {
  it('leaves the wiki public, as before', () => {
    const config = nginxConfig({ manifest: {}, basePath: '', serverName: 'localhost', root: '/srv/atlas' });
    expect(config).not.toContain('auth_basic');
    expect(config).toContain('listen 80;');
    expect(config).toContain('add_header Cache-Control "public, max-age=300, must-revalidate" always;');
  });
});
