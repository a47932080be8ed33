import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { writeStarlightCorpus } from '@/lib/bench/starlight';
import { buildSection } from '@/scripts/bench/build';
import type { SyntheticNote } from '@/lib/bench/synthetic-notes';

const note = (area: string, slug: string, body: string): SyntheticNote => ({
  area,
  slug,
  source: `---\ntitle: Note ${slug}\nsummary: 'About ${slug}: a summary.'\ntags: [synthetic]\n---\n\n${body}\n`,
});

const corpus = [
  note('platform', 'queue', '## Problem\n\nSee [[broker]] and [[retry]].'),
  note('data', 'broker', '## Related\n\n- [[queue]]: the queue.'),
  note('platform', 'retry', 'No links, a `code` span and a | table | row |.'),
];

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'starlight-corpus-'));
  // A page left from a previous corpus, which the new one must not keep.
  await mkdir(path.join(dir, 'src/content/docs/old'), { recursive: true });
  await writeFile(path.join(dir, 'src/content/docs/old/stale.md'), '---\ntitle: Stale\n---\n');
  return dir;
}

describe('writeStarlightCorpus', () => {
  it('writes one page per note in its area folder, a home page, and nothing left from before', async () => {
    const dir = await project();
    await writeStarlightCorpus(dir, corpus);
    const pages = globSync('**', { cwd: path.join(dir, 'src/content/docs') }).sort();
    expect(pages).toEqual(['data/broker.md', 'index.md', 'platform/queue.md', 'platform/retry.md']);
    const home = matter(await readFile(path.join(dir, 'src/content/docs/index.md'), 'utf8'));
    expect(home.data).toEqual({ title: 'Synthetic wiki', description: '3 generated notes.' });
  });

  it('gives Starlight a title and our summary as description, and links wiki-links to the pages of their areas', async () => {
    const dir = await project();
    await writeStarlightCorpus(dir, corpus);
    const page = (file: string) => readFile(path.join(dir, 'src/content/docs', file), 'utf8').then((text) => matter(text));
    const queue = await page('platform/queue.md');
    expect(queue.data).toEqual({ title: 'Note queue', description: 'About queue: a summary.' });
    expect(queue.content.trim()).toBe('## Problem\n\nSee [broker](/data/broker/) and [retry](/platform/retry/).');
    expect((await page('data/broker.md')).content.trim()).toBe('## Related\n\n- [queue](/platform/queue/): the queue.');
    expect((await page('platform/retry.md')).content.trim()).toBe('No links, a `code` span and a | table | row |.');
  });

  it('refuses a wiki-link to a note the corpus lacks, naming the file and line', async () => {
    const dir = await project();
    const broken = [...corpus, note('data', 'orphan', '## Problem\n\nSee [[nowhere]].')];
    await expect(writeStarlightCorpus(dir, broken)).rejects.toThrow('data/orphan.md:9: [[nowhere]] names no note of the corpus');
  });
});

describe('buildSection', () => {
  const ours = {
    cold: { seconds: 10, peakMb: 900 },
    warm: { seconds: 5, peakMb: 800 },
    edited: { seconds: 6, peakMb: 810 },
    files: { total: 40, perNote: 4 },
  };
  const real = { corpus: 'real content', notes: -1, ...ours };

  it('adds Starlight columns beside the synthetic corpora when Starlight was measured', () => {
    const synthetic = { corpus: 'synthetic 100', notes: 100, ...ours, starlight: { seconds: 12.34, peakMb: 400, files: 150 } };
    const section = buildSection([real, synthetic], 3);
    expect(section).toContain('| files per note | Starlight cold (s) | Starlight peak (MB) | Starlight files |');
    expect(section).toContain('| real content | 10.0 | 900 | 5.0 | 800 | 6.0 | 40 | 4.0 | — | — | — |');
    expect(section).toContain('| synthetic 100 | 10.0 | 900 | 5.0 | 800 | 6.0 | 40 | 4.0 | 12.3 | 400 | 150 |');
    expect(section).not.toContain('not measured');
  });

  it('says how to measure Starlight when it was not', () => {
    const section = buildSection([real, { corpus: 'synthetic 100', notes: 100, ...ours }], 3);
    expect(section).not.toContain('Starlight cold');
    expect(section).toContain('Starlight not measured in this run: set `STARLIGHT_DIR`');
  });
});
