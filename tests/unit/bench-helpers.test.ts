import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '@/lib/bench/export-files';
import { median, replaceSection, table } from '@/lib/bench/markdown-section';
import { syntheticNotes } from '@/lib/bench/synthetic-notes';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { countWords } from '@/lib/content/word-count';

describe('replaceSection', () => {
  it('appends a section once, then replaces it in place', () => {
    const first = replaceSection('# Perf\n\nIntro.\n', 'builds', 'v1');
    expect(first).toBe('# Perf\n\nIntro.\n\n<!-- bench:builds:start -->\nv1\n<!-- bench:builds:end -->\n');
    const second = replaceSection(`${first}\nAfter.\n`, 'builds', 'v2');
    expect(second).toBe('# Perf\n\nIntro.\n\n<!-- bench:builds:start -->\nv2\n<!-- bench:builds:end -->\n\nAfter.\n');
  });

  it('computes medians and tables', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(table(['a', 'b'], [[1, 2]])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
  });
});

describe('syntheticNotes', () => {
  it('is deterministic and passes the real pipeline with realistic length and links', async () => {
    const notes = syntheticNotes(30, ['patterns', 'data']);
    expect(syntheticNotes(30, ['patterns', 'data'])).toEqual(notes);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-synthetic-'));
    for (const note of notes) {
      await mkdir(path.join(dir, 'content', note.area), { recursive: true });
      await writeFile(path.join(dir, 'content', note.area, `${note.slug}.mdx`), note.source);
    }
    const areas = [
      { id: 'patterns', title: 'P', description: '' },
      { id: 'data', title: 'D', description: '' },
    ];
    const { site, problems } = await buildContent({ projectRoot: dir, areas, cache: memoryCache(), fingerprint: 'test' });
    expect(problems).toEqual([]);
    expect(site?.notes).toHaveLength(30);
    const words = notes.map((n) => countWords(n.source.split('\n---\n')[1] ?? ''));
    expect(Math.min(...words)).toBeGreaterThan(350);
    expect(site?.notes.every((n) => n.outgoing.length >= 2)).toBe(true);
  });
});

describe('exportFiles', () => {
  it('counts every file of an export, dot-files too, and divides by the note pages', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-files-'));
    for (const slug of ['a', 'b']) {
      await mkdir(path.join(out, 'notes', slug), { recursive: true });
      await writeFile(path.join(out, 'notes', slug, 'index.html'), '<p>x</p>');
      await writeFile(path.join(out, 'notes', slug, 'index.txt'), 'x');
    }
    await writeFile(path.join(out, 'index.html'), '<p>home</p>');
    await writeFile(path.join(out, '.build-stamp.json'), '{}');
    expect(exportFiles(out)).toEqual({ total: 6, perNote: 3 });
  });
});
