import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removePrefetchSegments } from '@/lib/build/prefetch-segments';

describe('removePrefetchSegments', () => {
  it('deletes the per-segment prefetch payloads and keeps each page, its navigation payload and every other file', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-segments-'));
    try {
      const note = path.join(root, 'notes/cqrs');
      await mkdir(note, { recursive: true });
      const segments = [
        '__next._full.txt',
        '__next._head.txt',
        '__next._index.txt',
        '__next._tree.txt',
        '__next.notes.$d$slug.__PAGE__.txt',
        '__next.notes.$d$slug.txt',
        '__next.notes.txt',
      ];
      for (const file of [...segments, 'index.html', 'index.txt']) await writeFile(path.join(note, file), file);
      for (const file of ['__next._tree.txt', 'index.html', 'index.txt', 'robots.txt', 'llms.txt'])
        await writeFile(path.join(root, file), file);

      const removed = await removePrefetchSegments(root);
      expect(removed).toEqual(['__next._tree.txt', ...segments.map((file) => `notes/cqrs/${file}`)]);
      expect((await readdir(note)).sort()).toEqual(['index.html', 'index.txt']);
      expect((await readdir(root)).sort()).toEqual(['index.html', 'index.txt', 'llms.txt', 'notes', 'robots.txt']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
