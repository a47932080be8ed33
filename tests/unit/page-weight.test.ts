import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, measurePage } from '@/lib/build/page-weight';

describe('measurePage', () => {
  it('counts scripts and modulepreloads once each, skips the nomodule polyfill, and strips the base path', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-weight-'));
    await mkdir(path.join(out, '_next'), { recursive: true });
    for (const name of ['a.js', 'b.js', 'poly.js', 'c.css']) await writeFile(path.join(out, '_next', name), `/* ${name} */`.repeat(50));
    const html = `<link rel="stylesheet" href="/kb/_next/c.css"><link rel="modulepreload" href="/kb/_next/b.js"><script src="/kb/_next/a.js" async></script><script src="/kb/_next/b.js"></script><script src="/kb/_next/poly.js" noModule=""></script>`;
    await writeFile(path.join(out, 'index.html'), html);
    const weight = measurePage(out, path.join(out, 'index.html'), '/kb');
    expect(weight.scripts.sort()).toEqual(['/kb/_next/a.js', '/kb/_next/b.js']);
    expect(weight.js).toBe(gzipSize('/* a.js */'.repeat(50)) + gzipSize('/* b.js */'.repeat(50)));
    expect(weight.css).toBe(gzipSize('/* c.css */'.repeat(50)));
    expect(weight.html).toBe(gzipSize(html));
  });
});
