import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileAtFile, note } from './helpers';

const FM = 'title: T\nsummary: S.';

describe('compileNote', () => {
  it('collects headings with rehype-slug ids and file line numbers', async () => {
    const result = await compileAtFile(note('patterns/t.mdx', FM, '\n## When to use it\n\n### Events & state\n'));
    expect(result.compiled?.headings).toEqual([
      { depth: 2, id: 'when-to-use-it', text: 'When to use it', line: 6 },
      { depth: 3, id: 'events--state', text: 'Events & state', line: 8 },
    ]);
  });

  it('collects wiki-links and note links with the sentence around them', async () => {
    const body =
      '\nFirst sentence. Pair it with [[cqrs]] for reads. Last one.\n\n- A list item linking [the log](/notes/event-sourcing/#why)\n';
    const links = (await compileAtFile(note('patterns/t.mdx', FM, body))).compiled?.links;
    expect(links).toEqual([
      {
        kind: 'wiki',
        target: 'cqrs',
        line: 6,
        column: 30,
        context: [{ text: 'First sentence. Pair it with ' }, { target: 'cqrs', link: true }, { text: ' for reads. Last one.' }],
        paragraph: true,
      },
      {
        kind: 'markdown',
        target: 'event-sourcing',
        anchor: 'why',
        line: 8,
        column: 23,
        context: [{ text: 'A list item linking ' }, { text: 'the log', link: true }],
        paragraph: true,
      },
    ]);
  });

  it('gives a link in a table its whole row as context', async () => {
    const body = '\n| Note | Style |\n| --- | --- |\n| [[cqrs]] | reads |\n';
    expect((await compileAtFile(note('patterns/t.mdx', FM, body))).compiled?.links[0]?.context).toEqual([
      { target: 'cqrs', link: true },
      { text: ' · reads' },
    ]);
  });

  it('records the first top-level paragraph as the opening, wiki-link targets kept to read as titles', async () => {
    const body = '\n- not this list\n\nThe opening names [[cqrs]] and *stays* plain.\n\nNot this one.\n';
    expect((await compileAtFile(note('patterns/t.mdx', FM, body))).compiled?.opening).toEqual([
      { text: 'The opening names ' },
      { target: 'cqrs' },
      { text: ' and stays plain.' },
    ]);
  });

  it('highlights code blocks at build time, leaving no work for the browser', async () => {
    const result = await compileAtFile(note('patterns/t.mdx', FM, '\n```ts\nconst retries = 3;\n```\n'));
    expect(result.compiled?.code).toContain('hljs-keyword');
  });

  it('appends a copyable anchor link to each heading', async () => {
    const result = await compileAtFile(note('patterns/t.mdx', FM, '\n## Problem\n'));
    expect(result.compiled?.code).toMatch(/href:\s*"#problem"/);
    expect(result.compiled?.code).toContain('heading-anchor');
  });

  it('reports MDX that does not compile at its line in the file', async () => {
    const result = await compileAtFile(note('patterns/t.mdx', FM, '\nok\n\nvalue {unclosed\n'));
    expect(result.problems?.[0]).toMatchObject({ code: 'mdx-compile', line: 8 });
  });

  it('compiles a note without imports to a body the page evaluates, its exports and components included', async () => {
    const body = '\nexport const retries = 3;\n\n## Retry\n\nTry {retries} times, then <Stop reason="budget" />.\n';
    const result = await compileAtFile(note('patterns/t.mdx', FM, body));
    expect(result.compiled?.code).toMatch(/^return \(function \(\) {/); // compiled directly, not bundled
    const Content = getMDXComponent(result.compiled!.code);
    const Stop = ({ reason }: { reason: string }) => createElement('em', null, `stop (${reason})`);
    const html = renderToStaticMarkup(createElement(Content, { components: { Stop } }));
    expect(html).toContain('<h2 id="retry">Retry');
    expect(html).toContain('Try 3 times, then <em>stop (budget)</em>.');
  });

  it('bundles a note that imports with mdx-bundler, and names an import it cannot resolve', async () => {
    const imports = "\nimport { Fragment } from 'react';\n\n<Fragment>kept</Fragment> text\n";
    const result = await compileAtFile(note('patterns/t.mdx', FM, imports));
    expect(result.compiled?.code).not.toMatch(/^return \(function \(\) {/);
    expect(renderToStaticMarkup(createElement(getMDXComponent(result.compiled!.code)))).toBe('<p>kept text</p>');

    const missing = await compileAtFile(note('patterns/t.mdx', FM, "\nimport data from './no-such-file.js';\n\n{data}\n"));
    expect(missing.problems?.[0]).toMatchObject({ code: 'mdx-compile' });
    expect(missing.problems?.[0]?.message).toContain('no-such-file.js');
  });

  it('gives mdx-bundler a note that uses import.meta or import() in an expression, as it did before', async () => {
    const meta = await compileAtFile(note('patterns/t.mdx', FM, '\nA {typeof import.meta} here.\n'));
    expect(meta.compiled?.code).not.toMatch(/^return \(function \(\) {/);
    expect(renderToStaticMarkup(createElement(getMDXComponent(meta.compiled!.code)))).toBe('<p>A object here.</p>');

    const dynamic = await compileAtFile(note('patterns/t.mdx', FM, '\n<Chart data={import("./no-such-file.js")} />\n'));
    // The direct compile would accept it and fail only when the page runs; esbuild names the file it cannot find.
    expect(dynamic.problems?.[0]?.message).toContain('no-such-file.js');
  });
});
