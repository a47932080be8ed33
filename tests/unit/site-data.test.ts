import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDataFile, siteDataPaths, writeSiteData } from '@/lib/build/site-data';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';

const AREAS = [{ id: 'patterns', title: 'Patterns', description: '' }];
const FIXTURE = path.join(import.meta.dirname, '../fixtures/valid-site');

async function fixtureSite() {
  const { site } = await buildContent({ projectRoot: FIXTURE, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
  if (!site) throw new Error('fixture did not build');
  return site;
}

describe('site data', () => {
  it('writes the concept graph, and a preview and a local graph per note, where the pages fetch them', async () => {
    const site = await fixtureSite();
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-site-data-'));
    expect(await writeSiteData(out, site)).toEqual(siteDataPaths(site));
    expect((await readdir(path.join(out, 'previews'))).sort()).toEqual(['cqrs.json', 'event-sourcing.json']);
    expect((await readdir(path.join(out, 'graph/local'))).sort()).toEqual(['cqrs.json', 'event-sourcing.json']);

    const graph = JSON.parse(await readFile(path.join(out, 'graph/data.json'), 'utf8')) as { nodes: { slug: string }[]; edges: unknown[] };
    expect(graph.nodes.map((n) => n.slug).sort()).toEqual(['cqrs', 'event-sourcing']);
    expect(graph.edges).toHaveLength(1);
    const preview = JSON.parse(await readFile(path.join(out, 'previews/cqrs.json'), 'utf8')) as { slug: string; title: string };
    expect(preview).toMatchObject({ slug: 'cqrs', title: site.bySlug.get('cqrs' as never)?.title });
    const local = JSON.parse(await readFile(path.join(out, 'graph/local/event-sourcing.json'), 'utf8')) as { centre: number; hops: number[] };
    expect(local.hops).toEqual([0, 1]);
  });

  it('answers `next dev` with the same bodies, and nothing for a path that is not site data', async () => {
    const site = await fixtureSite();
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-site-data-'));
    await writeSiteData(out, site);
    for (const sitePath of siteDataPaths(site)) expect(siteDataFile(site, sitePath)).toBe(await readFile(path.join(out, sitePath), 'utf8'));
    expect(siteDataFile(site, '/previews/missing.json')).toBeUndefined();
    expect(siteDataFile(site, '/graph/local/missing.json')).toBeUndefined();
    expect(siteDataFile(site, '/notes/cqrs/')).toBeUndefined();
  });
});
