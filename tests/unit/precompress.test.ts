import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompress } from '@/lib/build/precompress';
import { createStaticServer } from '@/lib/server/static-server';

describe('precompressed export', () => {
  it('writes .gz for text files worth compressing, and the server sends them as gzip with the usual headers', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-gz-'));
    await mkdir(path.join(root, '_next/static/chunks'), { recursive: true });
    const script = 'console.log("chunk");\n'.repeat(200);
    await writeFile(path.join(root, '_next/static/chunks/app-0123abcd.js'), script);
    await writeFile(path.join(root, 'tiny.txt'), 'small');
    await writeFile(path.join(root, 'photo.png'), Buffer.alloc(4096));
    await writeFile(path.join(root, 'index.txt'), script);

    expect(await precompress(root)).toBe(2);
    expect((await readdir(root)).sort()).toEqual(['_next', 'index.txt', 'index.txt.gz', 'photo.png', 'tiny.txt']);

    const server = createStaticServer({ root });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_next/static/chunks/app-0123abcd.js`;
    try {
      // fetch decompresses the body, so the text matching proves the .gz holds the same file.
      const res = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toBe(script);
      const plain = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(script);
    } finally {
      server.close();
    }
  });
});
