import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildContent } from '@/lib/content/build-content';
import { compileNote } from '@/lib/content/compile';
import { memoryCache } from '@/lib/content/compile-cache';
import { CALLOUT_ICONS, CALLOUT_TYPES } from '@/lib/content/plugins/obsidian/callout-types';
import { formatProblem } from '@/lib/content/problems';
import { compileAtFile, note } from './helpers';
import { compileBody, renderBody } from './render-helpers';

describe('remarkCallouts', () => {
  it("GitHub's alert syntax becomes an aside named by its default title, with an icon", async () => {
    const html = await renderBody('> [!WARNING]\n> The quota resets at midnight.\n');
    expect(html).toMatch(
      /^<aside class="callout" data-callout="warning" role="note" aria-label="Warning">\n<p class="callout-title"><svg class="callout-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="[^"]+"><\/path><\/svg>Warning<\/p>\n<p>The quota resets at midnight.<\/p>\n<\/aside>$/,
    );
  });

  it.each(['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'])('GitHub type %s keeps its own type', async (type) => {
    expect(await renderBody(`> [!${type}]\n> Text.\n`)).toContain(`data-callout="${type.toLowerCase()}"`);
  });

  it("Obsidian's types in any case, and its aliases under the canonical type", async () => {
    expect(await renderBody('> [!Info]\n> Text.\n')).toContain('data-callout="info"');
    expect(await renderBody('> [!faq]\n> Text.\n')).toContain('data-callout="question"');
    expect(await renderBody('> [!ERROR]\n> Text.\n')).toContain('data-callout="danger"');
    expect(await renderBody('> [!tldr]\n> Text.\n')).toMatch(/data-callout="abstract" role="note" aria-label="Abstract"/);
    expect(await renderBody('> [!cite]\n> Text.\n')).toContain('data-callout="quote"');
  });

  it('every type renders, each with an icon of its own', async () => {
    const icons = new Set<string>();
    for (const type of Object.keys(CALLOUT_TYPES)) {
      const html = await renderBody(`> [!${type}]\n> Text.\n`);
      expect(html).toContain(`data-callout="${type}"`);
      icons.add(/<path d="([^"]+)"/.exec(html)?.[1] ?? '');
    }
    expect(icons.size).toBe(Object.keys(CALLOUT_TYPES).length);
  });

  it('a custom title, with inline Markdown, labels the callout', async () => {
    const html = await renderBody('> [!warning] Mind the **quota**\n> Body line one\n> and two.\n');
    expect(html).toContain('aria-label="Mind the quota"');
    expect(html).toMatch(/<\/svg>Mind the <strong>quota<\/strong><\/p>\n<p>Body line one\nand two.<\/p>/);
  });

  it('a title alone, with no body, still makes a callout', async () => {
    expect(await renderBody('> [!tip] Cache the token\n')).toMatch(
      /<aside [^>]*aria-label="Cache the token">\n<p class="callout-title">.*Cache the token<\/p>\n<\/aside>/,
    );
  });

  it('"-" folds the callout closed and "+" open, as <details> with the title as <summary>', async () => {
    const closed = await renderBody('> [!question]- Why not two-phase commit?\n> It blocks.\n');
    expect(closed).toMatch(
      /^<details class="callout" data-callout="question">\n<summary class="callout-title"><svg[^]*<\/svg>Why not two-phase commit\?<\/summary>\n<p>It blocks.<\/p>\n<\/details>$/,
    );
    expect(await renderBody('> [!example]+\n> Shown.\n')).toMatch(
      /^<details class="callout" data-callout="example" open="">\n<summary class="callout-title">.*Example<\/summary>/,
    );
  });

  it('keeps paragraphs, lists and code after the first paragraph', async () => {
    const html = await renderBody('> [!note]\n> One.\n>\n> - a\n> - b\n');
    expect(html).toMatch(/<p>One.<\/p>\n<ul>\n<li>a<\/li>\n<li>b<\/li>\n<\/ul>\n<\/aside>/);
  });

  it('leaves an ordinary quotation alone', async () => {
    expect(await renderBody('> Just a quote [!note] here.\n')).toBe('<blockquote>\n<p>Just a quote [!note] here.</p>\n</blockquote>');
  });

  it('works in a .md note too', async () => {
    expect(await renderBody('> [!TIP]\n> In Markdown.\n', 'data/fixture.md')).toMatch(/^<aside class="callout" data-callout="tip"/);
  });

  it('is searched as part of its section, title and body', async () => {
    const { sections } = await compileBody(
      '## Limits\n\nBefore.\n\n> [!warning] Mind the quota\n> It resets daily.\n\n## Next\n\nAfter.\n',
    );
    expect(sections.find((s) => s.id === 'limits')?.text).toBe('Before. Mind the quota It resets daily.');
  });

  it("renders a type neither GitHub's nor Obsidian's as Obsidian does: titled by its name, drawn as a note", async () => {
    const html = await renderBody('> [!widget]\n> Body.\n\n> [!custom-thing]- Own title\n> More.\n');
    expect(html).toMatch(/^<aside class="callout" data-callout="widget" role="note" aria-label="Widget">/);
    expect(html).toContain(`<path d="${CALLOUT_ICONS.note}">`);
    expect(html).toMatch(/<details class="callout" data-callout="custom-thing">\n<summary class="callout-title">.*Own title<\/summary>/);
  });

  it('records each custom type with its file line, and no problem', async () => {
    const result = await compileAtFile(note('data/x.mdx', 'title: X\nsummary: S.', '\nText.\n\n> [!Warn] Careful\n> Body.\n'));
    expect(result.problems).toBeUndefined();
    expect(result.compiled?.customCallouts).toEqual([{ type: 'warn', line: 8, column: 3 }]);
  });

  it('gives a type declared in the settings its title and the look of the type it is like', async () => {
    const declared = { decision: { title: 'Decision', like: 'important' as const } };
    const result = await compileNote(note('data/x.md', 'title: X\nsummary: S.', '> [!decision]\n> We chose.\n'), { callouts: declared });
    const html = renderToStaticMarkup(createElement(getMDXComponent(result.compiled!.code)));
    expect(html).toMatch(/^<aside class="callout" data-callout="important" role="note" aria-label="Decision">/);
    expect(result.compiled?.customCallouts).toEqual([]);
  });

  it('lists each custom type once per build, as a warning at its first use (files in order), with a did-you-mean and how to declare it', async () => {
    const projectRoot = path.join(import.meta.dirname, '../fixtures/custom-callout-type');
    const options = {
      projectRoot,
      areas: [{ id: 'patterns', title: 'Patterns', description: '' }],
      cache: memoryCache(),
      fingerprint: 'test',
    };
    const { problems, warnings, site } = await buildContent(options);
    expect(problems).toEqual([]);
    expect(site?.notes).toHaveLength(2);
    expect(warnings.map(formatProblem)).toEqual([
      'content/patterns/retry.md:6:3  Callout type "warn" is neither GitHub\'s nor Obsidian\'s: shown as a note titled by its name (used 2 times) [unknown-callout]\n    hint: did you mean "warning"? Or declare it in the settings: callouts: { warn: { title: Warn, like: note } }',
      'content/patterns/saga.mdx:11:3  Callout type "decision" is neither GitHub\'s nor Obsidian\'s: shown as a note titled by its name (used 2 times) [unknown-callout]\n    hint: declare it in the settings: callouts: { decision: { title: Decision, like: note } }',
    ]);
    const declared = await buildContent({
      ...options,
      callouts: { decision: { title: 'Decision', like: 'note' }, warn: { title: 'Warning', like: 'warning' } },
    });
    expect(declared.warnings).toEqual([]);
  });
});
