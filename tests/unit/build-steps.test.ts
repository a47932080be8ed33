import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveInto } from '@/lib/build/steps';

describe('moveInto', () => {
  it('adds the files of one folder to another, keeping what the other already holds', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-move-'));
    try {
      const [from, to] = [path.join(root, 'data'), path.join(root, 'export')];
      await mkdir(path.join(from, 'graph/local'), { recursive: true });
      await mkdir(path.join(from, 'previews'), { recursive: true });
      await mkdir(path.join(to, 'graph'), { recursive: true });
      await writeFile(path.join(from, 'graph/data.json'), '{"g":1}');
      await writeFile(path.join(from, 'graph/local/a.json'), '{"a":1}');
      await writeFile(path.join(from, 'previews/a.json'), '{"p":1}');
      await writeFile(path.join(to, 'graph/index.html'), '<p>graph</p>');

      await moveInto(from, to);
      expect((await readdir(path.join(to, 'graph'))).sort()).toEqual(['data.json', 'index.html', 'local']);
      expect(await readFile(path.join(to, 'graph/local/a.json'), 'utf8')).toBe('{"a":1}');
      expect(await readFile(path.join(to, 'previews/a.json'), 'utf8')).toBe('{"p":1}');
      expect(await readFile(path.join(to, 'graph/index.html'), 'utf8')).toBe('<p>graph</p>');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
