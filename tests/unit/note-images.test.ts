/**
 * Images from a note's folder to the page and the export: the fixture site (a note with
 * images beside it and in a folder, a draft with its own) built by the real pipeline,
 * rendered with the base path, and copied out by the emit stage.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { emitImages, writeEmitted } from '@/lib/build/emit';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { asSlug } from '@/lib/content/paths';
import type { Site } from '@/lib/content/site-model';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/images-beside-notes');
const AREAS = [{ id: 'patterns', title: 'Patterns', description: '' }];
let site: Site;

beforeAll(async () => {
  const result = await buildContent({ projectRoot: FIXTURE, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
  expect(result.problems).toEqual([]);
  site = result.site!;
});

describe('images in notes', () => {
  it("builds a table of the published notes' local images; a draft's stay out", () => {
    const table = site.images.get(asSlug('event-sourcing'));
    expect([...(table?.keys() ?? [])]).toEqual(['./dot.png', 'figures/event-flow.svg']);
    expect(table?.get('figures/event-flow.svg')).toMatchObject({
      href: expect.stringMatching(/^\/assets\/event-flow\.[0-9a-f]{12}\.svg$/),
      width: 320,
      height: 180,
      first: false,
    });
    expect(site.images.has(asSlug('work-in-progress'))).toBe(false);
  });

  it('renders the hashed URL with the base path, the size, and lazy loading below the first image', async () => {
    vi.stubEnv('BASE_PATH', '/kb');
    const { NoteBody } = await import('@/components/mdx/note-body');
    const note = site.bySlug.get(asSlug('event-sourcing'))!;
    const html = renderToStaticMarkup(createElement(NoteBody, { note, site }));
    const dot = site.images.get(note.slug)?.get('./dot.png')?.href;
    const flow = site.images.get(note.slug)?.get('figures/event-flow.svg')?.href;
    const imgs = [...html.matchAll(/<img ([^>]*)\/>/g)].map((m) =>
      Object.fromEntries([...(m[1] ?? '').matchAll(/([a-z]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
    );
    expect(imgs).toEqual([
      { alt: 'A dot', src: `/kb${dot}`, width: '1', height: '1', loading: 'eager', decoding: 'async' },
      { alt: 'The flow of events', src: `/kb${flow}`, width: '320', height: '180', loading: 'lazy', decoding: 'async' },
      // The same file again, decorative on purpose; the first-image flag belongs to the file's entry.
      { alt: '', src: `/kb${dot}`, width: '1', height: '1', loading: 'eager', decoding: 'async' },
      // A width the note writes itself wins, and the height follows the file's proportions.
      { alt: 'The same flow, smaller', src: `/kb${flow}`, width: '160', height: '90', loading: 'lazy', decoding: 'async' },
      { alt: 'A remote badge', src: 'https://example.com/badge.svg', loading: 'lazy', decoding: 'async' },
    ]);
    vi.unstubAllEnvs();
  });

  it('copies each image once to its hashed path in the export, and says which paths it wrote', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-copy-images-'));
    const written = await writeEmitted(out, emitImages(site));
    const table = site.images.get(asSlug('event-sourcing'))!;
    expect(written).toEqual([table.get('./dot.png')!.href, table.get('figures/event-flow.svg')!.href].sort());
    expect((await readdir(path.join(out, 'assets'))).sort()).toEqual(written.map((href) => path.posix.basename(href)));
    const copied = await readFile(path.join(out, table.get('figures/event-flow.svg')!.href));
    expect(copied.toString()).toContain('viewBox="0 0 320 180"');
  });
});
