/** The emit stage (lib/build/emit.ts): what it returns for a small in-memory site, and how its writer treats public/. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  adoptEmitted,
  emitApart,
  emitImages,
  emitIntoPublic,
  emitPublicFiles,
  emitRedirects,
  emitSearchApart,
  writeEmitted,
} from '@/lib/build/emit';
import { GENERATED_PUBLIC_DIRS } from '@/lib/build/generated-public';
import { asSlug } from '@/lib/content/paths';
import type { SiteImage } from '@/lib/content/resolve-images';
import type { Site } from '@/lib/content/site-model';
import { neighbourhood } from '@/lib/graph/neighbourhood';
import { siteGraph } from '@/lib/graph/site-graph';
import { note, siteOf } from './helpers';

const temporary: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-emit-'));
  temporary.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const twoNotes = () =>
  siteOf([
    note(
      'patterns/cqrs.mdx',
      'title: CQRS\nsummary: Split reads from writes.\nmoved-from: [command-query-split]',
      'Writes become events in [[event-sourcing]].\n',
    ),
    note('patterns/event-sourcing.mdx', 'title: Event Sourcing\nsummary: Store the events.', 'State is a fold over events.\n'),
  ]);

describe('emit stage', () => {
  it('returns the graph, a preview and a local graph per note, and the search files, each under a generated public/ folder', async () => {
    const site = await twoNotes();
    const items = emitPublicFiles(site);
    const paths = items.map((item) => item.path);
    expect(paths.slice(0, 5)).toEqual([
      '/graph/data.json',
      '/previews/cqrs.json',
      '/graph/local/cqrs.json',
      '/previews/event-sourcing.json',
      '/graph/local/event-sourcing.json',
    ]);
    expect(paths.filter((p) => p.startsWith('/search-index/')).length).toBeGreaterThan(2);
    expect(paths.every((p) => GENERATED_PUBLIC_DIRS.some((dir) => p.startsWith(`/${dir}/`)))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
    const preview = items.find((item) => item.path === '/previews/cqrs.json');
    expect(preview && 'body' in preview && (JSON.parse(preview.body) as { title: string }).title).toBe('CQRS');
    // A local graph is the neighbourhood as the build picks it, with no layout run: the browser places it.
    const local = items.find((item) => item.path === '/graph/local/cqrs.json');
    const body = local && 'body' in local ? (JSON.parse(local.body) as object) : undefined;
    expect(Object.keys(body ?? {}).sort()).toEqual(['centre', 'edges', 'hops', 'nodes']);
    expect(body).toEqual(JSON.parse(JSON.stringify(neighbourhood(siteGraph(site).graph, 'cqrs'))));
  });

  it('emits images by reference, to copy, not their bytes', async () => {
    const image = { href: '/assets/flow.0123456789ab.png', absolutePath: '/project/content/patterns/flow.png' } as SiteImage;
    const images: Site['images'] = new Map([[asSlug('cqrs'), new Map([['flow.png', image]])]]);
    expect(emitImages({ images })).toEqual([{ path: '/assets/flow.0123456789ab.png', copyOf: '/project/content/patterns/flow.png' }]);
  });

  it('publishes an SVG image cleaned of scripts and handlers', async () => {
    const from = await tempDir();
    await writeFile(
      path.join(from, 'flow.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="1" height="1"/></svg>',
    );
    const image = { href: '/assets/flow.0123456789ab.svg', absolutePath: path.join(from, 'flow.svg') } as SiteImage;
    const [emitted] = emitImages({ images: new Map([[asSlug('cqrs'), new Map([['flow.svg', image]])]]) });
    expect(emitted && 'body' in emitted && emitted.body).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
  });

  it('emits a redirect page per former slug and the manifest, with the base path in the page', async () => {
    const items = emitRedirects(await twoNotes(), { url: 'https://atlas.example', basePath: '/kb' });
    expect(items.map((item) => item.path)).toEqual(['/notes/command-query-split/index.html', '/_atlas/redirects.json']);
    expect('body' in items[0]! && items[0].body).toContain('url=/kb/notes/cqrs/');
    expect('body' in items[1]! && JSON.parse(items[1].body)).toEqual({ '/notes/command-query-split/': '/notes/cqrs/' });
  });

  it('writes bodies and copies files into a folder', async () => {
    const [from, out] = [await tempDir(), await tempDir()];
    await writeFile(path.join(from, 'flow.svg'), '<svg/>');
    expect(
      await writeEmitted(out, [
        { path: '/a/b.json', body: '{}' },
        { path: '/assets/flow.svg', copyOf: path.join(from, 'flow.svg') },
      ]),
    ).toEqual(['/a/b.json', '/assets/flow.svg']);
    expect(await readFile(path.join(out, 'assets/flow.svg'), 'utf8')).toBe('<svg/>');
  });

  it("replaces only its own folders of public/: stale generated files go, a team's own files stay", async () => {
    const publicDir = await tempDir();
    await mkdir(path.join(publicDir, 'previews'), { recursive: true });
    await writeFile(path.join(publicDir, 'previews/deleted-note.json'), '{}');
    await writeFile(path.join(publicDir, 'robots.txt'), 'User-Agent: *\n');
    const written = await emitIntoPublic(publicDir, await twoNotes());
    expect(written).toContain('/graph/data.json');
    expect((await readdir(path.join(publicDir, 'previews'))).sort()).toEqual(['cqrs.json', 'event-sourcing.json']);
    expect(await readFile(path.join(publicDir, 'robots.txt'), 'utf8')).toBe('User-Agent: *\n');
  });

  it("writes the build's folders apart and gzipped, then merges them into the export beside the pages Next wrote there", async () => {
    const [apart, out] = [await tempDir(), await tempDir()];
    // Next's /graph/ page, in the folder the concept graph's JSON goes to.
    await mkdir(path.join(out, 'graph'), { recursive: true });
    await writeFile(path.join(out, 'graph/index.html'), '<!doctype html><title>Graph</title>');
    await writeFile(path.join(out, 'index.html'), '<!doctype html>');
    const site = await twoNotes();
    // The build's check process writes the search files; the build the rest, beside them.
    expect(await emitSearchApart(path.join(apart, 'emit'), site)).toBeGreaterThan(2);
    expect(await emitApart(path.join(apart, 'emit'), site)).toBe(5);
    // Gzipped where they were written, while Next generated the pages, for the server to send as they are.
    expect(await readdir(path.join(apart, 'emit/search-index'))).toEqual(expect.arrayContaining([expect.stringMatching(/\.json\.gz$/)]));
    await adoptEmitted(path.join(apart, 'emit'), out);
    expect((await readdir(path.join(out, 'previews'))).sort()).toEqual(['cqrs.json', 'event-sourcing.json']);
    expect(await readFile(path.join(out, 'graph/data.json'), 'utf8')).toContain('"cqrs"');
    expect(await readFile(path.join(out, 'graph/index.html'), 'utf8')).toContain('<title>Graph</title>');
    expect(await readdir(path.join(out, 'graph/local'))).toContain('cqrs.json');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('<!doctype html>');
    expect(await readdir(apart)).toEqual([]);
  });
});
