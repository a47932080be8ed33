import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitRedirects, writeEmitted } from '@/lib/build/emit';
import { readRedirectManifest, redirectPage, REDIRECTS_MANIFEST } from '@/lib/build/redirect-pages';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import type { Site } from '@/lib/content/site-model';
import { writeCspManifest } from '@/lib/csp/manifest';

const CONFIG = { url: 'https://atlas.example', basePath: '/kb' };
let site: Site;

beforeAll(async () => {
  const projectRoot = path.join(import.meta.dirname, '../fixtures/link-to-former-slug');
  const result = await buildContent({
    projectRoot,
    areas: [{ id: 'patterns', title: 'Patterns', description: '' }],
    cache: memoryCache(),
    fingerprint: 'test',
  });
  if (!result.site) throw new Error('fixture does not build');
  site = result.site;
});

describe('redirect pages for renamed notes', () => {
  it('writes a page at each old address and the manifest, and returns their site paths', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-redirects-'));
    expect(await writeEmitted(out, emitRedirects(site, CONFIG), { exclusive: true })).toEqual([
      '/notes/command-query-split/index.html',
      `/${REDIRECTS_MANIFEST}`,
    ]);
    expect(readRedirectManifest(out)).toEqual({ '/notes/command-query-split/': '/notes/cqrs/' });

    const html = await readFile(path.join(out, 'notes/command-query-split/index.html'), 'utf8');
    expect(html).toContain('<link rel="canonical" href="https://atlas.example/kb/notes/cqrs/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/kb/notes/cqrs/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<p>This note has moved to <a href="/kb/notes/cqrs/">Command Query Responsibility Segregation</a>.</p>');
    // No script at all, so the strict CSP needs no hash for it.
    expect(html).not.toMatch(/<script/i);
    expect((await writeCspManifest(out))['/notes/command-query-split/index.html']).toEqual([]);
  });

  it('never overwrites a page already at an old address', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'atlas-redirects-'));
    await mkdir(path.join(out, 'notes/command-query-split'), { recursive: true });
    await writeFile(path.join(out, 'notes/command-query-split/index.html'), 'a live page');
    await expect(writeEmitted(out, emitRedirects(site, CONFIG), { exclusive: true })).rejects.toThrow(/EEXIST/);
    expect(await readFile(path.join(out, 'notes/command-query-split/index.html'), 'utf8')).toBe('a live page');
  });

  it('escapes the title and the addresses', () => {
    const html = redirectPage({ title: 'Sagas <and> "CQRS" & more', href: '/notes/a/?x="y"', canonical: 'https://x.example/notes/a/' });
    expect(html).toContain('<title>Moved: Sagas &#60;and&#62; &#34;CQRS&#34; &#38; more</title>');
    expect(html).toContain('url=/notes/a/?x=&#34;y&#34;">');
  });

  it('reads no redirects from an export without a manifest', async () => {
    expect(readRedirectManifest(await mkdtemp(path.join(os.tmpdir(), 'atlas-redirects-')))).toEqual({});
  });
});
