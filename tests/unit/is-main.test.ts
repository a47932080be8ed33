import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isMain } from '@/lib/build/is-main';

describe('isMain', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas project '));
  const script = path.join(dir, 'build.ts');
  writeFileSync(script, '');

  it('knows the script Node runs from a folder whose path has a space', () => {
    // `import.meta.url` spells the space %20; a string comparison with argv[1] never matched.
    expect(pathToFileURL(script).href).toContain('%20');
    expect(isMain(pathToFileURL(script).href, script)).toBe(true);
  });

  it('knows it through a symlink, and tells another module apart', () => {
    const link = path.join(os.tmpdir(), `atlas-link-${process.pid}`);
    symlinkSync(dir, link);
    expect(isMain(pathToFileURL(script).href, path.join(link, 'build.ts'))).toBe(true);
    expect(isMain(pathToFileURL(path.join(dir, 'other.ts')).href, script)).toBe(false);
    expect(isMain(pathToFileURL(script).href, undefined)).toBe(false);
  });
});
