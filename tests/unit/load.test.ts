import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources } from '@/lib/content/load';

function wiki() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-load-'));
  const content = path.join(root, 'content');
  mkdirSync(path.join(content, 'notes'), { recursive: true });
  mkdirSync(path.join(content, '.obsidian'), { recursive: true });
  mkdirSync(path.join(root, 'outside'));
  writeFileSync(path.join(content, 'notes/real.md'), '# Real\n');
  writeFileSync(path.join(content, 'notes/page.mdx'), '# Page\n');
  writeFileSync(path.join(content, '.obsidian/workspace.md'), '# Not a note\n');
  writeFileSync(path.join(root, 'outside/secret.md'), 'TOKEN=abc\n');
  symlinkSync(path.join(content, 'notes/real.md'), path.join(content, 'notes/inside-link.md'));
  symlinkSync('/etc/passwd', path.join(content, 'notes/passwd.md'));
  symlinkSync(path.join(root, 'outside/secret.md'), path.join(content, 'notes/secret.md'));
  symlinkSync(path.join(root, 'outside'), path.join(content, 'linked-folder'));
  return { root, content };
}

describe('the load stage reads nothing from outside the content folder', () => {
  it('refuses a link that leaves the folder, naming the file, and reads a link inside it', async () => {
    const { root, content } = wiki();
    const { sources, refused } = await loadSources(content, root);
    expect(sources.map((s) => s.relativePath)).toEqual(['notes/inside-link.md', 'notes/page.mdx', 'notes/real.md']);
    expect(refused.map((r) => r.file)).toEqual(['content/notes/passwd.md', 'content/notes/secret.md']);
    expect(sources.some((s) => s.raw.includes('TOKEN') || s.raw.includes('root:'))).toBe(false);
  });

  it('skips dot-folders such as .obsidian, and follows no linked folder', async () => {
    const { root, content } = wiki();
    const { sources } = await loadSources(content, root);
    expect(sources.some((s) => s.relativePath.startsWith('.obsidian') || s.relativePath.startsWith('linked-folder'))).toBe(false);
  });

  it('refuses every .mdx note where the settings say "mdx: false"', async () => {
    const { root, content } = wiki();
    const { sources, refused } = await loadSources(content, root, { mdx: false });
    expect(sources.map((s) => s.relativePath)).not.toContain('notes/page.mdx');
    expect(refused).toContainEqual({ file: 'content/notes/page.mdx', reason: expect.stringContaining('mdx: false') });
  });
});
