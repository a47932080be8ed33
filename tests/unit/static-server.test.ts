import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIRECTS_MANIFEST } from '@/lib/build/redirect-pages';
import { redirectFor } from '@/lib/server/redirects';
import { createStaticServer, isTraversal } from '@/lib/server/static-server';

let origin = '';
let root = '';
let close: () => void = () => {};

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'atlas-serve-'));
  await mkdir(path.join(root, 'notes/cqrs'), { recursive: true });
  await mkdir(path.join(root, '_next/static/chunks'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), `<!doctype html><title>Home</title>${'<p>home</p>'.repeat(200)}`);
  await writeFile(path.join(root, 'notes/cqrs/index.html'), '<!doctype html><title>CQRS</title>');
  await writeFile(path.join(root, '_next/static/chunks/app-0123abcd.js'), 'console.log(1);'.repeat(100));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'assets/event-flow.0123456789ab.png'), 'png bytes');
  await writeFile(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  // A renamed note: its old address has a redirect page, and the manifest the server reads.
  await mkdir(path.join(root, 'notes/command-query-split'), { recursive: true });
  await writeFile(path.join(root, 'notes/command-query-split/index.html'), '<!doctype html><title>Moved</title>');
  await mkdir(path.join(root, '_atlas'));
  await writeFile(path.join(root, REDIRECTS_MANIFEST), JSON.stringify({ '/notes/command-query-split/': '/notes/cqrs/' }));
  const server = createStaticServer({ root });
  origin = await listen(server);
  close = () => server.close();
});

afterAll(() => close());

describe('static server', () => {
  it('serves pages at their trailing-slash URLs, gzipped, with short HTML caching and security headers', async () => {
    const res = await fetch(`${origin}/`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toMatch(/max-age=300/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect((await fetch(`${origin}/notes/cqrs/`)).status).toBe(200);
  });

  it('caches hashed assets for a year, the images of notes too', async () => {
    const res = await fetch(`${origin}/_next/static/chunks/app-0123abcd.js`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const image = await fetch(`${origin}/assets/event-flow.0123456789ab.png`);
    expect(image.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('answers unknown paths with the 404 page', async () => {
    const res = await fetch(`${origin}/notes/missing/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Not found');
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/%252e%252e/etc/passwd', '/notes/..%5c..%5cetc', '/a%00b'])
      expect(isTraversal(url), url).toBe(true);
    expect(isTraversal('/notes/cqrs/?q=..')).toBe(false);
  });

  it('rejects methods other than GET and HEAD', async () => {
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
  });

  it("answers a renamed note's old address with a 301 to the new one, with or without the slash, query kept", async () => {
    for (const url of ['/notes/command-query-split/', '/notes/command-query-split', '/notes/command-query-split/index.html']) {
      const res = await fetch(`${origin}${url}`, { redirect: 'manual' });
      expect(res.status, url).toBe(301);
      expect(res.headers.get('location'), url).toBe('/notes/cqrs/');
    }
    const head = await fetch(`${origin}/notes/command-query-split/?q=read#side`, { method: 'HEAD', redirect: 'manual' });
    expect([head.status, head.headers.get('location')]).toEqual([301, '/notes/cqrs/?q=read']);
    const followed = await fetch(`${origin}/notes/command-query-split/`);
    expect([followed.url, await followed.text()]).toEqual([`${origin}/notes/cqrs/`, '<!doctype html><title>CQRS</title>']);
  });

  it('puts the base path in the Location when the site is served under one', async () => {
    const server = createStaticServer({ root, basePath: '/kb' });
    const kb = await listen(server);
    try {
      const res = await fetch(`${kb}/kb/notes/command-query-split`, { redirect: 'manual' });
      expect([res.status, res.headers.get('location')]).toEqual([301, '/kb/notes/cqrs/']);
      expect((await fetch(`${kb}/notes/command-query-split/`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe('static server Range requests', () => {
  // 'png bytes': 9 bytes, with no .gz beside it.
  const IMAGE = '/assets/event-flow.0123456789ab.png';
  const ranged = (range: string, headers: Record<string, string> = {}) =>
    fetch(`${origin}${IMAGE}`, { headers: { Range: range, ...headers } });

  it('serves one satisfiable range, a suffix range included', async () => {
    const middle = await ranged('bytes=2-5');
    expect([middle.status, middle.headers.get('content-range'), await middle.text()]).toEqual([206, 'bytes 2-5/9', 'g by']);
    const suffix = await ranged('bytes=-3');
    expect([suffix.status, suffix.headers.get('content-range'), await suffix.text()]).toEqual([206, 'bytes 6-8/9', 'tes']);
    const past = await ranged('bytes=4-99999999999999999999');
    expect([past.status, past.headers.get('content-range'), await past.text()]).toEqual([206, 'bytes 4-8/9', 'bytes']);
  });

  it('sends a range of a text file as stored, not gzipped: the offsets count in the file', async () => {
    // index.html has no .gz beside it, so `compression` would otherwise gzip a slice this long.
    const res = await fetch(`${origin}/`, { headers: { Range: 'bytes=0-1999', 'Accept-Encoding': 'gzip' } });
    const body = await res.text();
    expect([res.status, res.headers.get('content-encoding'), body.length]).toEqual([206, null, 2000]);
    expect(body.startsWith('<!doctype html><title>Home</title>')).toBe(true);
  });

  it.each(['bytes=5-1', 'bytes=99999999999999999999-', 'bytes=9-', 'bytes=abc', 'bytes=-0'])(
    'answers the unsatisfiable %s with 416 and the size, and keeps serving',
    async (range) => {
      const res = await ranged(range);
      expect([res.status, res.headers.get('content-range')]).toEqual([416, 'bytes */9']);
      expect((await fetch(`${origin}/`)).status).toBe(200);
    },
  );

  it.each(['garbage', 'items=0-1', 'bytes=0-1,5-6', 'bytes=0-0'])('ignores %s and sends the whole file', async (range) => {
    const res = await ranged(range);
    expect([res.status, res.headers.get('content-range'), await res.text()]).toEqual([200, null, 'png bytes']);
  });

  it('sends the whole file when If-Range names another version of it, the range when it names this one', async () => {
    const stale = await ranged('bytes=0-2', { 'If-Range': 'Thu, 01 Jan 1970 00:00:00 GMT' });
    expect([stale.status, await stale.text()]).toEqual([200, 'png bytes']);
    const lastModified = (await fetch(`${origin}${IMAGE}`, { method: 'HEAD' })).headers.get('last-modified')!;
    const current = await ranged('bytes=0-2', { 'If-Range': lastModified });
    expect([current.status, await current.text()]).toEqual([206, 'png']);
  });
});

describe('redirectFor', () => {
  const redirects = { '/notes/old/': '/notes/new/' };
  it('matches only the old address itself', () => {
    expect(redirectFor('/notes/old', redirects, '')).toBe('/notes/new/');
    expect(redirectFor('/notes/old/?a=1&b=2', redirects, '/kb')).toBe('/kb/notes/new/?a=1&b=2');
    for (const url of ['/notes/old/more/', '/notes/older/', '/notes/new/', '/notes/constructor/', '/'])
      expect(redirectFor(url, redirects, ''), url).toBeUndefined();
  });
});

describe('static server answers other than 200', () => {
  const expectSecurityHeaders = (res: Response, what: string) => {
    expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(res.headers.get('x-frame-options'), what).toBe('DENY');
    expect(res.headers.get('content-security-policy'), what).toMatch(/frame-ancestors 'none'/);
  };

  it("carry the security headers: a 304 from sirv's ETag check and a renamed note's 301", async () => {
    const page = await fetch(`${origin}/notes/cqrs/`);
    const etag = page.headers.get('etag')!;
    const notModified = await fetch(`${origin}/notes/cqrs/`, { headers: { 'If-None-Match': etag } });
    expect(notModified.status).toBe(304);
    expectSecurityHeaders(notModified, '304');
    // The 304 keeps the page's own CSP and caching, as the 200 it stands for.
    expect(notModified.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
    expect(notModified.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    const moved = await fetch(`${origin}/notes/command-query-split/`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expectSecurityHeaders(moved, '301');
    expect(moved.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  });

  it('carry the security headers in the base path redirect and its 404 too', async () => {
    const server = createStaticServer({ root, basePath: '/kb' });
    const kb = await listen(server);
    try {
      const home = await fetch(`${kb}/`, { redirect: 'manual' });
      expect([home.status, home.headers.get('location')]).toEqual([302, '/kb/']);
      expectSecurityHeaders(home, '302');
      expectSecurityHeaders(await fetch(`${kb}/elsewhere/`), '404');
    } finally {
      server.close();
    }
  });

  it('carry the security headers, as every other answer does', async () => {
    const refused = await fetch(`${origin}/`, { method: 'POST' });
    const traversal = await fetch(`${origin}/notes/..%5c..%5cetc`);
    expect(traversal.status).toBe(400);
    for (const res of [refused, traversal]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    }
  });
});
