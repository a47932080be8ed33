import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, isTraversal } from '@/lib/server/static-server';

let origin = '';
let close: () => void = () => {};

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-serve-'));
  await mkdir(path.join(root, 'notes/cqrs'), { recursive: true });
  await mkdir(path.join(root, '_next/static/chunks'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), `<!doctype html><title>Home</title>${'<p>home</p>'.repeat(200)}`);
  await writeFile(path.join(root, 'notes/cqrs/index.html'), '<!doctype html><title>CQRS</title>');
  await writeFile(path.join(root, '_next/static/chunks/app-0123abcd.js'), 'console.log(1);'.repeat(100));
  await writeFile(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  const server = createStaticServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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

  it('caches hashed assets for a year', async () => {
    const res = await fetch(`${origin}/_next/static/chunks/app-0123abcd.js`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers unknown paths with the 404 page', async () => {
    const res = await fetch(`${origin}/notes/missing/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Not found');
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/%252e%252e/etc/passwd', '/notes/..%5c..%5cetc', '/a%00b']) expect(isTraversal(url), url).toBe(true);
    expect(isTraversal('/notes/cqrs/?q=..')).toBe(false);
  });

  it('rejects methods other than GET and HEAD', async () => {
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
  });
});

describe('static server answers to bad requests', () => {
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
