import { describe, expect, it } from 'vitest';
import { stripComments } from '@/lib/content/plugins/obsidian/strip-comments';
import { parseSource } from '@/lib/content/parse';
import { compileAtFile, note, source } from './helpers';
import { renderBody } from './render-helpers';

describe('stripComments', () => {
  it('removes an inline comment and keeps the text around it', () => {
    expect(stripComments('Keep %%not this%% and this.')).toBe('Keep  and this.');
  });

  it('removes a block comment over several lines, keeping its newlines so later lines keep their numbers', () => {
    const body = 'Before.\n\n%%\nA private note.\n\nStill private.\n%%\n\nAfter.\n';
    const stripped = stripComments(body);
    expect(stripped).toBe('Before.\n\n\n\n\n\n\n\nAfter.\n');
    expect(stripped.split('\n')).toHaveLength(body.split('\n').length);
  });

  it('leaves %% inside fenced code (a Mermaid comment) and inline code alone', () => {
    const body = '```mermaid\nflowchart LR\n  %% link a [[x]]\n```\n\nUse `%%x%%` or ``%% `a` %%`` here.\n~~~\n%%\n~~~\n';
    expect(stripComments(body)).toBe(body);
  });

  it('reads a line of inline code at a line start as inline code, not as a fence', () => {
    expect(stripComments('```a``` %%gone%%\n')).toBe('```a``` \n');
  });

  it('leaves an unclosed %% as text, and an escaped backtick opens no code', () => {
    expect(stripComments('Up 50%% this year.\n')).toBe('Up 50%% this year.\n');
    expect(stripComments('A \\` tick %%gone%% then `code`.\n')).toBe('A \\` tick  then `code`.\n');
  });

  it('is applied at the parse stage, before the summary is taken from the body', () => {
    const { note: parsed } = parseSource(source('data/x.md', '# Title\n\n%% draft: rewrite this %%The real summary.\n'), {
      frontmatter: 'optional',
      ignoredFrontmatterKeys: [],
      unknownFrontmatterKeys: 'ignore',
    });
    expect(parsed?.frontmatter.summary).toBe('The real summary.');
  });

  it('reaches no page or search text, in .md and .mdx, and lines after it stay the file lines', async () => {
    for (const file of ['data/x.md', 'data/x.mdx']) {
      const body = '\nOpen %%secret%% text.\n\n%%\nHidden\n%%\n\n## After\n';
      const html = await renderBody(body, file);
      expect(html).not.toMatch(/secret|Hidden|%%/);
      const compiled = (await compileAtFile(note(file, 'title: T\nsummary: S.', body))).compiled;
      expect(compiled?.sections.map((s) => s.text).join(' ')).not.toMatch(/secret|Hidden/);
      expect(compiled?.headings[0]?.line).toBe(12);
    }
  });
});
