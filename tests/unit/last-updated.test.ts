import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastUpdated, parseLog } from '@/lib/history/last-updated';
import { formatDate } from '@/lib/history/format-date';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });

describe('lastUpdated', () => {
  it('reads the newest commit per file from one git log, relative to a project inside the repository', () => {
    const log =
      '\x012026-11-20T10:00:00+00:00\0\nsite/content/a.mdx\0\0' +
      '\x012026-10-01T08:00:00+00:00\0\nsite/content/a.mdx\0site/content/b.mdx\0other.txt\0';
    const dates = parseLog(log, 'site', new Set(['content/a.mdx', 'content/b.mdx']));
    expect(dates.get('content/a.mdx')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(dates.get('content/b.mdx')?.toISOString()).toBe('2026-10-01T08:00:00.000Z');
    expect(dates.size).toBe(2);
  });

  it('uses the commit date for committed files and the mtime for uncommitted ones', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-history-'));
    await mkdir(path.join(root, 'content/data'), { recursive: true });
    await writeFile(path.join(root, 'content/data/cqrs.mdx'), 'x');
    git(root, 'init', '-q');
    git(root, 'add', '.');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'add'], {
      cwd: root,
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-04T05:06:07Z', GIT_AUTHOR_DATE: '2026-03-04T05:06:07Z' },
    });
    await writeFile(path.join(root, 'content/data/new.mdx'), 'y');
    const mtime = new Date('2026-05-06T00:00:00Z');
    await utimes(path.join(root, 'content/data/new.mdx'), mtime, mtime);

    const dates = lastUpdated(['content/data/cqrs.mdx', 'content/data/new.mdx'], root);
    expect(dates.get('content/data/cqrs.mdx')?.toISOString()).toBe('2026-03-04T05:06:07.000Z');
    expect(dates.get('content/data/new.mdx')?.toISOString()).toBe(mtime.toISOString());
  });

  it('keeps the commit date of a note whose name is not ASCII, or holds a quote', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-history-'));
    await mkdir(path.join(root, 'notes'));
    const names = ['notes/café.md', 'notes/say "hi".md', 'notes/plain.md'];
    for (const name of names) await writeFile(path.join(root, name), name);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'add'], {
      cwd: root,
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-04T05:06:07Z', GIT_AUTHOR_DATE: '2026-03-04T05:06:07Z' },
    });
    // An mtime after the commit: a date from it would mean git's answer was missed.
    for (const name of names) await utimes(path.join(root, name), new Date('2026-09-09T00:00:00Z'), new Date('2026-09-09T00:00:00Z'));
    const dates = lastUpdated(names, root);
    for (const name of names) expect(dates.get(name)?.toISOString(), name).toBe('2026-03-04T05:06:07.000Z');
  });

  it('falls back to the mtime outside a git repository', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-nogit-'));
    await writeFile(path.join(root, 'a.mdx'), 'x');
    const mtime = new Date('2025-01-02T03:04:05Z');
    await utimes(path.join(root, 'a.mdx'), mtime, mtime);
    expect(lastUpdated(['a.mdx'], root).get('a.mdx')?.toISOString()).toBe(mtime.toISOString());
  });

  it('formats dates the same on every machine', () => {
    expect(formatDate(new Date('2026-11-25T23:30:00Z'))).toBe('25 November 2026');
  });
});
