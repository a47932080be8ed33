import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { NoteBody } from '@/components/mdx/note-body';
import { buildContent } from '@/lib/content/build-content';
import { compileNote } from '@/lib/content/compile';
import { deriveLinks } from '@/lib/content/derive-links';
import { buildRegistry } from '@/lib/content/registry';
import { memoryCache } from '@/lib/content/compile-cache';
import { partsAt } from '@/lib/content/embed-cycles';
import type { Slug } from '@/lib/content/paths';
import type { Site } from '@/lib/content/site-model';
import { note } from './helpers';
import { compileBody, renderBody } from './render-helpers';

describe('remarkEmbeds', () => {
  it('turns ![[slug#heading]] and ![[slug]] on a line of their own into Embed elements', async () => {
    expect(await renderBody('![[retry#backoff]]\n\n![[Retry]]\n')).toBe(
      '<div data-embed="retry#backoff"></div>\n<div data-embed="Retry"></div>',
    );
  });

  it('records an embed as a link of its own kind, with its line, for checking and backlinks', async () => {
    const { links } = await compileBody('\nText.\n\n![[retry#backoff]]\n');
    expect(links).toEqual([expect.objectContaining({ kind: 'embed', target: 'retry', anchor: 'backoff', line: 8, column: 1 })]);
  });

  it('leaves an embed written inside a sentence as a wiki-link', async () => {
    const { links } = await compileBody('See !![[retry]] here.\n');
    expect(links.map((l) => l.kind)).toEqual(['wiki']);
  });
});

describe('embedded sections in a built site', () => {
  let site: Site;
  let saga: string;
  beforeAll(async () => {
    const projectRoot = path.join(import.meta.dirname, '../fixtures/embedded-sections');
    const built = await buildContent({
      projectRoot,
      areas: [{ id: 'patterns', title: 'Patterns', description: '' }],
      cache: memoryCache(),
      fingerprint: 'test',
    });
    if (!built.site) throw new Error(JSON.stringify(built.problems));
    site = built.site;
    saga = renderToStaticMarkup(createElement(NoteBody, { note: site.bySlug.get('saga' as Slug)!, site }));
  });

  it('renders the section under its heading, subsections included, up to the next heading of its rank', () => {
    const embed = /<div class="embed" data-embed="retry#backoff">([^]*?)<\/div>/.exec(saga)?.[1] ?? '';
    expect(embed).toMatch(/^<p class="embed-source"><a data-wiki-link="retry" href="\/notes\/retry\/?#backoff">Retry › Backoff<\/a><\/p>/);
    expect(embed).toContain('Wait longer each time');
    expect(embed).toContain('Add randomness');
    expect(embed).not.toContain('Cap retries');
    // The embedded note's headings are its own page's: no id, no '#' link in this one.
    expect(embed).toContain('<h3>Jitter</h3>');
  });

  it('![[slug]] renders the opening, before the first heading', () => {
    const embed = /<div class="embed" data-embed="retry">([^]*?)<\/div>/.exec(saga)?.[1] ?? '';
    expect(embed).toContain('Retries paper over transient faults.');
    expect(embed).not.toContain('Wait longer');
  });

  it('counts as a link: a backlink on the embedded note and an outgoing link for the graph', () => {
    expect(site.bySlug.get('saga' as Slug)?.outgoing).toEqual(['retry']);
    expect(site.bySlug.get('retry' as Slug)?.backlinks).toEqual([
      expect.objectContaining({ from: 'saga', anchor: 'backoff', context: 'Embeds Retry', highlight: [7, 12] }),
    ]);
  });

  it('the embedded text is indexed once, under the note it belongs to', () => {
    const text = site.bySlug
      .get('saga' as Slug)!
      .sections.map((s) => s.text)
      .join(' ');
    expect(text).not.toMatch(/Wait longer|Retries paper/);
    expect(
      site.bySlug
        .get('retry' as Slug)!
        .sections.map((s) => s.text)
        .join(' '),
    ).toContain('Wait longer');
  });
});

describe('partsAt: the parts of a note an embed sits in', () => {
  const headings = [
    { depth: 2, id: 'a', text: 'A', line: 5 },
    { depth: 3, id: 'a1', text: 'A1', line: 8 },
    { depth: 2, id: 'b', text: 'B', line: 12 },
  ];
  it('the opening before the first heading, or each enclosing section', () => {
    expect(partsAt('n', headings, 3)).toEqual(['n']);
    expect(partsAt('n', headings, 9)).toEqual(['n#a', 'n#a1']);
    expect(partsAt('n', headings, 13)).toEqual(['n#b']);
  });
});

describe('embed cycles', () => {
  const cyclesOf = async (a: string, b: string) => {
    const notes = [note('patterns/a.mdx', 'title: A\nsummary: S.', a), note('patterns/b.mdx', 'title: B\nsummary: S.', b)];
    const entries = await Promise.all(notes.map(async (n) => ({ note: n, compiled: (await compileNote(n)).compiled })));
    return deriveLinks(entries, buildRegistry(notes).registry).problems.map((p) => p.message);
  };

  it('two notes may embed different sections of each other', async () => {
    expect(await cyclesOf('\n## One\n\n![[b#three]]\n\n## Two\n\nText.\n', '\n## Three\n\nText.\n\n## Four\n\n![[a#two]]\n')).toEqual([]);
  });

  it('a section that embeds, through another, a section holding that embed is a cycle, named once', async () => {
    expect(await cyclesOf('\n## One\n\n![[b]]\n', '\nOpening.\n\n![[a#one]]\n')).toEqual(['Embeds form a cycle: a#one → b → a#one']);
  });
});

describe('an embedded part that sits inside a block', () => {
  it('renders a heading inside a callout, and a block by its id, without the ids of their own page', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-embed-'));
    mkdirSync(path.join(root, 'content/notes'), { recursive: true });
    writeFileSync(
      path.join(root, 'content/notes/Runbook.md'),
      '# Runbook\n\n> [!tip] Steps\n> ## Restart\n> Drain the node first.\n>\n> ## Verify\n> Check the dashboard.\n\nA quote worth keeping. ^keep\n',
    );
    writeFileSync(path.join(root, 'content/notes/Guide.md'), '# Guide\n\n![[Runbook#Restart]]\n\n![[Runbook#^keep]]\n');
    const built = await buildContent({ projectRoot: root, frontmatter: 'optional', cache: memoryCache(), fingerprint: 'test' });
    expect(built.problems).toEqual([]);
    const site = built.site!;
    const html = renderToStaticMarkup(createElement(NoteBody, { note: site.bySlug.get('guide' as Slug)!, site }));
    expect(html).toContain('Drain the node first.');
    expect(html).not.toContain('Check the dashboard.');
    expect(html).toContain('A quote worth keeping.');
    expect(html).not.toContain('id="^keep"');
  });
});
