import { describe, expect, it } from 'vitest';
import { compileAtFile, note } from './helpers';
import { compileBody, renderBody } from './render-helpers';

const both = ['data/x.md', 'data/x.mdx'];
/** The callout's opening tag and title text, the icon left out. */
const callouts = (html: string) =>
  [...html.matchAll(/<(aside|details) ([^>]*)>\n?<(?:p|summary) class="callout-title"><svg[^]*?<\/svg>(.*?)<\/(?:p|summary)>/g)].map(
    (m) => `<${m[1]} ${m[2]}> ${m[3]}`,
  );

describe('remarkAdmonitions', () => {
  it("renders Docusaurus's and Starlight's :::type … ::: as the same callout as > [!TYPE]", async () => {
    for (const file of both) {
      const html = await renderBody(':::note\nPlain **body**.\n:::\n', file);
      expect(callouts(html)).toEqual(['<aside class="callout" data-callout="note" role="note" aria-label="Note"> Note']);
      expect(html).toContain('<p>Plain <strong>body</strong>.</p>');
    }
  });

  it('takes the title from [label], {title="…"}, or the words after the type, with or without a space before it', async () => {
    for (const file of both) {
      const body = [
        ':::tip[Cache **it**]\nA\n:::',
        ':::danger{title="Stop"}\nB\n:::',
        ':::info Legacy title\nC\n:::',
        '::: warning VitePress\nD\n:::',
        '::: caution\nE\n:::',
      ];
      expect(callouts(await renderBody(body.join('\n\n'), file))).toEqual([
        '<aside class="callout" data-callout="tip" role="note" aria-label="Cache it"> Cache <strong>it</strong>',
        '<aside class="callout" data-callout="danger" role="note" aria-label="Stop"> Stop',
        '<aside class="callout" data-callout="info" role="note" aria-label="Legacy title"> Legacy title',
        '<aside class="callout" data-callout="warning" role="note" aria-label="VitePress"> VitePress',
        '<aside class="callout" data-callout="caution" role="note" aria-label="Caution"> Caution',
      ]);
    }
  });

  it("folds VitePress's ::: details, and nests lists, code and other admonitions", async () => {
    const html = await renderBody('::: details Show the query\n- a\n\n```sql\nselect 1;\n```\n\n::::note\ninner\n::::\n:::\n');
    expect(callouts(html)).toEqual([
      '<details class="callout" data-callout="details"> Show the query',
      '<aside class="callout" data-callout="note" role="note" aria-label="Note"> Note',
    ]);
    expect(html).toContain('<li>a</li>');
    expect(html).toContain('select');
  });

  it('leaves text that only looks like a directive exactly as written', async () => {
    for (const file of both) {
      const body = 'A ratio 2:1, :smile:, a:b, Re:Invent at 10:30, see::this\n::leaf in the paragraph\nand on.\n';
      expect(await renderBody(body, file)).toBe(
        '<p>A ratio 2:1, :smile:, a:b, Re:Invent at 10:30, see::this\n::leaf in the paragraph\nand on.</p>',
      );
      expect(await renderBody('```md\n:::tip Not a callout\n:::\n```\n', file)).toContain(':::tip Not a callout\n:::');
    }
  });

  it('records an unknown type as a custom callout, with its line', async () => {
    const compiled = (await compileAtFile(note('data/x.md', 'title: T\nsummary: S.', '\n:::secondary\nx\n:::\n'))).compiled;
    expect(compiled?.customCallouts).toEqual([{ type: 'secondary', line: 6, column: 1 }]);
  });

  it('is searched as part of its section, title and body', async () => {
    const { sections } = await compileBody('Before.\n\n:::tip[Mind the quota]\nIt resets daily.\n:::\n');
    expect(sections[0]?.text).toBe('Before. Mind the quota It resets daily.');
  });
});
