import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_STAMP, hashBuildInputs, staleReason } from '@/lib/build/inputs-hash';

describe('hashBuildInputs (how npm start tells a stale out/)', () => {
  it('changes when content, code or the base path changes, and not otherwise', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-inputs-'));
    await mkdir(path.join(root, 'content/data'), { recursive: true });
    await mkdir(path.join(root, 'out'), { recursive: true });
    await writeFile(path.join(root, 'content/data/cqrs.mdx'), 'one');
    const first = await hashBuildInputs(root, {});
    await writeFile(path.join(root, 'out/index.html'), 'built output is not an input');
    // Nor is what `npm run dev` emits into public/'s generated folders; a team's public file is.
    await mkdir(path.join(root, 'public/search-index'), { recursive: true });
    await writeFile(path.join(root, 'public/search-index/index.0123.json'), '{}');
    expect(await hashBuildInputs(root, {})).toBe(first);
    await writeFile(path.join(root, 'public/robots.txt'), 'User-Agent: *');
    expect(await hashBuildInputs(root, {})).not.toBe(first);
    await rm(path.join(root, 'public/robots.txt'));
    expect(await hashBuildInputs(root, { BASE_PATH: '/kb' })).not.toBe(first);
    await writeFile(path.join(root, 'content/data/cqrs.mdx'), 'two');
    const second = await hashBuildInputs(root, {});
    expect(second).not.toBe(first);
    await mkdir(path.join(root, 'app'));
    await writeFile(path.join(root, 'app/page.tsx'), 'export {}');
    const third = await hashBuildInputs(root, {});
    expect(third).not.toBe(second);
    await mkdir(path.join(root, 'scripts'));
    await writeFile(path.join(root, 'scripts/build.ts'), 'export {}');
    expect(await hashBuildInputs(root, {})).not.toBe(third);
  });

  it('follows CONTENT_DIR to a content folder outside the project, diagrams and images included', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-inputs-'));
    const notes = await mkdtemp(path.join(os.tmpdir(), 'team-notes-'));
    await mkdir(path.join(notes, '.diagrams'), { recursive: true });
    await writeFile(path.join(notes, 'a.md'), '# A');
    const env = { CONTENT_DIR: notes };
    const first = await hashBuildInputs(root, env);
    await writeFile(path.join(notes, '.diagrams/abc.svg'), '<svg/>');
    const second = await hashBuildInputs(root, env);
    expect(second).not.toBe(first);
    await writeFile(path.join(notes, 'photo.png'), 'png');
    expect(await hashBuildInputs(root, env)).not.toBe(second);
  });
});

describe('staleReason (npm start)', () => {
  it('reads the stamp of the export folder it is given, as ATLAS_OUT_DIR names it', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-stale-'));
    await mkdir(path.join(root, 'content'), { recursive: true });
    await writeFile(path.join(root, 'content/a.md'), '# A');
    expect(await staleReason(root, 'out-bench', {})).toBe('out-bench/ has no build');
    await mkdir(path.join(root, 'out-bench'));
    await writeFile(path.join(root, 'out-bench', BUILD_STAMP), JSON.stringify({ inputs: await hashBuildInputs(root, {}) }));
    expect(await staleReason(root, 'out-bench', {})).toBeUndefined();
    await writeFile(path.join(root, 'content/a.md'), '# A, edited');
    expect(await staleReason(root, 'out-bench', {})).toBe('out-bench/ is stale');
  });
});
