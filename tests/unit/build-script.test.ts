import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { build } from '@/scripts/build';

describe('npm run build', () => {
  it('stops before Next runs when content is broken, leaving out/ exactly as it was', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-build-'));
    await mkdir(path.join(root, 'out'));
    await writeFile(path.join(root, 'out/index.html'), 'previous build');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});

    const ok = await build({ root, contentDir: path.join(import.meta.dirname, '../fixtures/broken-wiki-link/content') });

    expect(ok).toBe(false);
    expect(await readdir(path.join(root, 'out'))).toEqual(['index.html']);
    expect(await readFile(path.join(root, 'out/index.html'), 'utf8')).toBe('previous build');
    expect(await readdir(root)).not.toContain('out.staging');
    expect(errors.mock.calls.flat().join('\n')).toMatch(/Link to a note that does not exist: "evnt-sourcing"[\s\S]*out\/ was not touched/);
    vi.restoreAllMocks();
  });

  it('stops with the config message alone, no stack trace, when a config value is wrong', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-build-'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});

    expect(await build({ root, env: { BASE_PATH: 'kb/' } })).toBe(false);

    const printed = errors.mock.calls.flat().join('\n');
    expect(printed).toBe(
      'Invalid site configuration:\n  BASE_PATH: must be empty or start with "/" and have no trailing "/", e.g. "/kb"\nBuild stopped. out/ was not touched.',
    );
    expect(await readdir(root)).toEqual([]);
    vi.restoreAllMocks();
  });
});
