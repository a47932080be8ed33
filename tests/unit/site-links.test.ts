/**
 * Features built for particular notes exist only when those notes do: in-memory wikis, through
 * the real schema and site model, with and without saga variant notes, curated links and areas.
 */
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeDisabledPages } from '@/lib/build/optional-pages';
import { optionalPages, siteLinks } from '@/lib/site/site-links';
import { note, siteOf } from './helpers';

const RATINGS = 'ratings: { coupling: low, complexity: low, responsiveness: high, scale: high }';
const plain = note('patterns/retry.mdx', 'title: Retry\nsummary: Try again.', '\nBody.\n');
const tagged = note('patterns/backoff.mdx', 'title: Backoff\nsummary: Wait longer.\ntags: [resilience]', '\nBody.\n');
const cited = note(
  'patterns/outbox.mdx',
  'title: Outbox\nsummary: S.\nlinks:\n  - { title: "Pattern: Outbox", url: "https://microservices.io/", kind: article }',
  '\nBody.\n',
);
const parallel = note(
  'patterns/parallel.mdx',
  `title: Parallel\nsummary: S.\nsaga:\n  communication: async\n  consistency: eventual\n  coordination: orchestrated\n  ${RATINGS}`,
  '\nBody.\n',
);
const epic = note(
  'data/epic.mdx',
  `title: Epic\nsummary: S.\nsaga: { communication: sync, consistency: atomic, coordination: orchestrated, ${RATINGS} }`,
  '\nBody.\n',
);

const hrefs = (links: { href: string }[]) => links.map((l) => l.href);

describe('siteLinks', () => {
  it('leaves out the saga explorer, the reading list and the tags when no note calls for them', async () => {
    const site = await siteOf([plain]);
    expect(hrefs(siteLinks(site))).toEqual(['/graph/', '/updates/']);
    expect(optionalPages(site).map(({ href, enabled }) => ({ href, enabled }))).toEqual([
      { href: '/sagas/', enabled: false },
      { href: '/links/', enabled: false },
      { href: '/tags/', enabled: false },
      { href: '/decisions/', enabled: false },
    ]);
  });

  it('has the tag pages once some note has a tag', async () => {
    expect(hrefs(siteLinks(await siteOf([plain, tagged])))).toEqual(['/graph/', '/tags/', '/updates/']);
  });

  it("has the saga explorer once a note carries a saga: block, with only the variants that exist, in the book's order", async () => {
    const site = await siteOf([plain, parallel, epic]);
    expect(hrefs(siteLinks(site))).toEqual(['/sagas/', '/graph/', '/updates/']);
    expect(site.sagas.map((v) => [v.slug, v.name, v.code])).toEqual([
      ['epic', 'Epic', 'sao'],
      ['parallel', 'Parallel', 'aeo'],
    ]);
    expect(site.sagas[1]?.ratings).toEqual({ coupling: 'low', complexity: 'low', responsiveness: 'high', scale: 'high' });
  });

  it('leaves a draft variant note out of the explorer', async () => {
    const draft = note(
      'patterns/draft.mdx',
      `title: Draft\nsummary: S.\ndraft: true\nsaga: { communication: sync, consistency: atomic, coordination: choreographed, ${RATINGS} }`,
      '\nBody.\n',
    );
    const site = await siteOf([plain, draft]);
    expect(site.sagas).toEqual([]);
    expect(hrefs(siteLinks(site))).not.toContain('/sagas/');
  });

  it('has the reading list once some note has curated links', async () => {
    const site = await siteOf([plain, cited]);
    expect(hrefs(siteLinks(site))).toEqual(['/graph/', '/links/', '/updates/']);
  });
});

describe('areas', () => {
  it('shows only areas that have notes, in configured order', async () => {
    expect((await siteOf([plain], ['empty', 'patterns', 'data'])).areas.map((a) => a.id)).toEqual(['patterns']);
    expect((await siteOf([epic, plain], ['data', 'empty', 'patterns'])).areas.map((a) => a.id)).toEqual(['data', 'patterns']);
  });
});

describe('removeDisabledPages', () => {
  it('deletes what the export wrote for a page the site does not have, and keeps the rest', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-export-'));
    for (const folder of ['sagas', 'links', 'tags', 'graph']) {
      await mkdir(path.join(out, folder));
      await writeFile(path.join(out, folder, 'index.html'), '<!doctype html>');
      await writeFile(path.join(out, folder, 'index.txt'), 'rsc');
    }
    const removed = await removeDisabledPages(out, await siteOf([plain, cited, tagged]));
    expect(removed).toEqual(['/sagas/', '/decisions/']);
    expect((await readdir(out)).sort()).toEqual(['graph', 'links', 'tags']);
    expect(await removeDisabledPages(out, await siteOf([plain]))).toEqual(['/sagas/', '/links/', '/tags/', '/decisions/']);
    expect(await readdir(out)).toEqual(['graph']);
  });
});
