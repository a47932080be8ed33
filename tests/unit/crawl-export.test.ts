import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawlExport } from '@/lib/testing/crawl-export';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-crawl-'));
  for (const [name, html] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), html);
  }
  return dir;
}

describe('crawlExport', () => {
  it('resolves trailing-slash pages, files and anchors, and ignores external links and scripts', () => {
    const dir = site({
      'index.html':
        '<a href="/notes/a/#top">a</a><a href="https://x.test/">x</a><a href="/data.json">d</a><script>{"href":"/nowhere/"}</script>',
      'notes/a/index.html': '<h1 id="top">A</h1><a href="../../">home</a><a href="#top">up</a>',
      'data.json': '{}',
    });
    expect(crawlExport(dir).broken).toEqual([]);
  });

  it('reports missing pages and missing anchors, with the page they are on', () => {
    const dir = site({ 'index.html': '<a href="/notes/missing/">m</a><a href="/#nope">n</a>' });
    expect(crawlExport(dir).broken).toEqual([
      { page: 'index.html', href: '/notes/missing/', reason: 'no such page or file in the export' },
      { page: 'index.html', href: '/#nope', reason: 'no element with id "nope"' },
    ]);
  });

  it('requires links to stay under the base path', () => {
    const dir = site({ 'index.html': '<a href="/kb/">ok</a><a href="/elsewhere/">no</a>' });
    expect(crawlExport(dir, '/kb').broken.map((b) => b.href)).toEqual(['/elsewhere/']);
  });
});
