import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asSlug } from '@/lib/content/paths';
import { deserializeSnapshot, readSnapshot, serializeSnapshot, writeSnapshot } from '@/lib/site/snapshot';
import { note, siteOf } from './helpers';

const notes = () => [
  note(
    'patterns/saga.mdx',
    'title: Saga\nsummary: Long transactions.\naliases: [LLT]\nmoved-from: [long-running-transaction]',
    'See [[outbox]].',
  ),
  note('data/outbox.mdx', 'title: Outbox\nsummary: Publish with the write.\ntags: [messaging]', 'Used by [[saga]].'),
];

describe('site snapshot', () => {
  it('reads back the model the pages need: notes shared between lists, maps, and a resolve that knows aliases and former slugs', async () => {
    const site = await siteOf(notes());
    const restored = deserializeSnapshot(
      serializeSnapshot({ site, searchManifest: '/search-index/index.abc.json', updated: new Map([['data/outbox.mdx', new Date(5)]]) }),
    );
    if ('problems' in restored) throw new Error('expected a site');
    const saga = restored.site.bySlug.get(asSlug('saga'));
    expect(saga?.title).toBe('Saga');
    // One object per note, wherever the model lists it.
    expect(restored.site.notes).toContain(saga);
    expect(restored.site.areas.flatMap((area) => area.notes)).toContain(saga);
    expect(restored.site.tags.get('messaging')?.[0]).toBe(restored.site.bySlug.get(asSlug('outbox')));
    expect(restored.site.resolve(' llt ')).toBe(saga);
    expect(restored.site.resolve('Long-Running-Transaction')).toBe(saga);
    expect(restored.site.resolve('nowhere')).toBeUndefined();
    expect(restored.searchManifest).toBe('/search-index/index.abc.json');
    expect(restored.updated.get('data/outbox.mdx')).toEqual(new Date(5));
  });

  it('carries a content problem instead of a site, for the dev server to show', () => {
    const problems = [{ file: 'content/a.mdx', line: 3, code: 'broken-link' as const, message: 'No note "b"' }];
    expect(deserializeSnapshot(serializeSnapshot({ problems }))).toEqual({ problems });
  });

  it('is written whole to its file and read from there', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-snapshot-'));
    try {
      const file = path.join(dir, 'nested', 'site.v8');
      const site = await siteOf(notes());
      writeSnapshot(file, { site, searchManifest: '/search-index/index.x.json', updated: new Map() });
      const read = readSnapshot(file);
      expect('site' in read && read.site.notes.map((n) => n.slug)).toEqual(site.notes.map((n) => n.slug));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
