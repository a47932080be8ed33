import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, compilerFingerprint } from '@/lib/content/compile-cache';

describe('compilerFingerprint', () => {
  it('changes with any module of the content pipeline, not only compile.ts and its plugins', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-fingerprint-'));
    await mkdir(path.join(root, 'lib/content/plugins'), { recursive: true });
    await mkdir(path.join(root, 'lib/diagrams'), { recursive: true });
    await writeFile(path.join(root, 'lib/content/compile.ts'), 'export {}');
    await writeFile(path.join(root, 'lib/content/paths.ts'), 'export const a = 1;');
    await writeFile(path.join(root, 'lib/diagrams/diagram-source.ts'), 'export const b = 1;');
    const first = compilerFingerprint(root);
    await writeFile(path.join(root, 'lib/content/paths.ts'), 'export const a = 2;');
    const second = compilerFingerprint(root);
    expect(second).not.toBe(first);
    await writeFile(path.join(root, 'lib/diagrams/diagram-source.ts'), 'export const b = 2;');
    expect(compilerFingerprint(root)).not.toBe(second);
  });
});

describe('cacheKey', () => {
  it('keys a note by its text, format and place, not by the lines above its body', () => {
    const note = { body: 'Hello', format: 'md' as const, relativePath: 'a/b.md' };
    expect(cacheKey(note, 'f')).toBe(cacheKey({ ...note }, 'f'));
    expect(cacheKey({ ...note, format: 'mdx' }, 'f')).not.toBe(cacheKey(note, 'f'));
    expect(cacheKey({ ...note, relativePath: 'c/b.md' }, 'f')).not.toBe(cacheKey(note, 'f'));
  });
});
