import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as flexsearch from 'flexsearch';
import { afterEach, describe, expect, it } from 'vitest';
import { emitSearchFiles, writeEmitted } from '@/lib/build/emit';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { createEngine } from '@/lib/search/engine';
import type { SearchManifest } from '@/lib/search/payload';
import { searchFiles } from '@/lib/search/site-index';

const AREAS = [{ id: 'patterns', title: 'Patterns', description: '' }];
const FIXTURE = path.join(import.meta.dirname, '../fixtures/valid-site');
const temporary: string[] = [];

async function fixtureSite() {
  const { site } = await buildContent({ projectRoot: FIXTURE, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
  if (!site) throw new Error('fixture did not build');
  return site;
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('search index files', () => {
  it('lists the manifest first and every part it names, all under /search-index/, the same for the same site', async () => {
    const site = await fixtureSite();
    const files = searchFiles(site);
    expect(files[0]!.path).toBe('/search-index/index.json');
    expect(files.every((file) => file.path.startsWith('/search-index/'))).toBe(true);
    const manifest = JSON.parse(files[0]!.body) as SearchManifest;
    const names = new Set(files.map((file) => path.posix.basename(file.path)));
    for (const [, file] of manifest.terms) expect(names).toContain(file);
    for (const file of Object.values(manifest.vocabulary)) expect(names).toContain(file);
    expect(manifest.sectionCounts).toHaveLength(site.notes.length);
    site.notes.forEach((_, n) => expect(names).toContain(`${manifest.records}${n}.json`));
    expect(searchFiles(await fixtureSite()).map((file) => file.path)).toEqual(files.map((file) => file.path));
  });

  it('writes them where the pages fetch them, and a reader answers from the written files alone', async () => {
    const site = await fixtureSite();
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-search-files-'));
    temporary.push(out);
    const written = await writeEmitted(out, emitSearchFiles(site));
    expect(written).toEqual(searchFiles(site).map((file) => file.path));
    const onDisk = await readdir(path.join(out, 'search-index'));
    expect(onDisk).toHaveLength(written.length);
    const read = async (name: string) => JSON.parse(await readFile(path.join(out, 'search-index', name), 'utf8')) as unknown;
    const engine = createEngine((await read(path.posix.basename(written[0]!))) as SearchManifest, flexsearch);
    for (let missing = engine.missing('event sourcing'); missing.length; missing = engine.missing('event sourcing'))
      for (const file of missing) engine.add(file, await read(file));
    expect(engine.search('event sourcing')[0]?.slug).toBe('event-sourcing');
  });
});
