import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPublicOverrides } from '@/lib/build/public-overrides';

describe('applyPublicOverrides', () => {
  it('lets public/robots.txt replace the generated robots.txt, and leaves what Next already copied', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-public-'));
    const [publicDir, out] = [path.join(root, 'public'), path.join(root, 'out')];
    await mkdir(path.join(publicDir, 'downloads'), { recursive: true });
    await mkdir(path.join(out, 'downloads'), { recursive: true });
    await writeFile(path.join(publicDir, 'robots.txt'), 'User-Agent: *\nDisallow: /\n');
    await writeFile(path.join(publicDir, 'downloads/guide.pdf'), 'pdf');
    // What the export holds: the generated robots.txt (Next skipped ours) and the copied download.
    await writeFile(path.join(out, 'robots.txt'), 'User-Agent: *\nAllow: /\n');
    await writeFile(path.join(out, 'downloads/guide.pdf'), 'pdf');
    expect(await applyPublicOverrides(publicDir, out)).toEqual(['/robots.txt']);
    expect(await readFile(path.join(out, 'robots.txt'), 'utf8')).toBe('User-Agent: *\nDisallow: /\n');
    expect(await applyPublicOverrides(publicDir, out)).toEqual([]);
  });
});
