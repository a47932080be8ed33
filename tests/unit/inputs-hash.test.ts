import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBuildInputs } from '@/lib/build/inputs-hash';

describe('hashBuildInputs (how npm start tells a stale out/)', () => {
  it('changes when content, code or the base path changes, and not otherwise', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-inputs-'));
    await mkdir(path.join(root, 'content/data'), { recursive: true });
    await mkdir(path.join(root, 'out'), { recursive: true });
    await writeFile(path.join(root, 'content/data/cqrs.mdx'), 'one');
    const first = await hashBuildInputs(root, {});
    await writeFile(path.join(root, 'out/index.html'), 'built output is not an input');
    expect(await hashBuildInputs(root, {})).toBe(first);
    expect(await hashBuildInputs(root, { BASE_PATH: '/kb' })).not.toBe(first);
    await writeFile(path.join(root, 'content/data/cqrs.mdx'), 'two');
    const second = await hashBuildInputs(root, {});
    expect(second).not.toBe(first);
    await mkdir(path.join(root, 'app'));
    await writeFile(path.join(root, 'app/page.tsx'), 'export {}');
    expect(await hashBuildInputs(root, {})).not.toBe(second);
  });
});
