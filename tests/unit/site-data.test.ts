import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emitSiteData, writeEmitted } from '@/lib/build/emit';
import { siteDataFile, siteDataHref, siteDataItems } from '@/lib/build/site-data';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { asSlug } from '@/lib/content/paths';
import { previewOf } from '@/lib/crosslinks/preview-data';
import { placeNeighbourhood } from '@/lib/graph/local-graph';
import type { Neighbourhood } from '@/lib/graph/neighbourhood';
import { siteGraph } from '@/lib/graph/site-graph';

const AREAS = [{ id: 'patterns', title: 'Patterns', description: '' }];
const FIXTURE = path.join(import.meta.dirname, '../fixtures/valid-site');
const temporary: string[] = [];

async function fixtureSite() {
  const { site } = await buildContent({ projectRoot: FIXTURE, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
  if (!site) throw new Error('fixture did not build');
  return site;
}

async function outDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-site-data-'));
  temporary.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('site data', () => {
  it('writes the concept graph, and a preview and a local graph per note, where the pages fetch them', async () => {
    const site = await fixtureSite();
    const out = await outDir();
    expect(await writeEmitted(out, emitSiteData(site))).toEqual([
      '/graph/data.json',
      '/previews/cqrs.json',
      '/graph/local/cqrs.json',
      '/previews/event-sourcing.json',
      '/graph/local/event-sourcing.json',
    ]);
    expect((await readdir(path.join(out, 'previews'))).sort()).toEqual(['cqrs.json', 'event-sourcing.json']);
    expect((await readdir(path.join(out, 'graph/local'))).sort()).toEqual(['cqrs.json', 'event-sourcing.json']);

    const graph = JSON.parse(await readFile(path.join(out, 'graph/data.json'), 'utf8')) as { nodes: { slug: string }[]; edges: unknown[] };
    expect(graph.nodes.map((n) => n.slug).sort()).toEqual(['cqrs', 'event-sourcing']);
    expect(graph.edges).toHaveLength(1);
    const cqrs = site.bySlug.get(asSlug('cqrs'));
    expect(JSON.parse(await readFile(path.join(out, 'previews/cqrs.json'), 'utf8'))).toEqual(cqrs && previewOf(cqrs));
    const local = JSON.parse(await readFile(path.join(out, 'graph/local/event-sourcing.json'), 'utf8')) as Neighbourhood;
    expect(local.nodes.map((n) => n.slug)).toEqual(['event-sourcing', 'cqrs']);
    expect(local.hops).toEqual([0, 1]);
  });

  it("writes a note's neighbourhood unplaced, at the site layout's positions around the note, for the browser to lay out", async () => {
    const site = await fixtureSite();
    const local = JSON.parse(siteDataFile(site, { kind: 'local-graph', slug: 'event-sourcing' }) ?? 'null') as Neighbourhood;
    const at = (slug: string) => siteGraph(site).graph.nodes.find((n) => n.slug === slug)!;
    const [centre, other] = [at('event-sourcing'), at('cqrs')];
    expect(local.nodes.map((n) => [n.x, n.y])).toEqual([
      [0, 0],
      [Math.round((other.x - centre.x) * 1.5), Math.round((other.y - centre.y) * 1.5)],
    ]);
    // Placing it in the browser moves the neighbour; the file holds no layout of its own.
    expect(placeNeighbourhood(local).nodes[1]).not.toEqual(local.nodes[1]);
  });

  it('emits the bodies of the site data items, and nothing for a note that does not exist', async () => {
    const site = await fixtureSite();
    const out = await outDir();
    await writeEmitted(out, emitSiteData(site));
    for (const item of siteDataItems(site))
      expect(siteDataFile(site, item)).toBe(await readFile(path.join(out, siteDataHref(item)), 'utf8'));
    expect(siteDataFile(site, { kind: 'preview', slug: 'missing' })).toBeUndefined();
    expect(siteDataFile(site, { kind: 'local-graph', slug: 'missing' })).toBeUndefined();
  });
});
