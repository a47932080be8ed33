import { describe, expect, it } from 'vitest';
import { compileBody, renderBody } from './render-helpers';

const both = ['data/x.md', 'data/x.mdx'];

describe('remarkMarks', () => {
  it('turns ==text== into <mark>, in .md and .mdx', async () => {
    for (const file of both)
      expect(await renderBody('Read ==this part== first.\n', file)).toBe('<p>Read <mark>this part</mark> first.</p>');
  });

  it('holds inline Markdown and runs over a soft line break', async () => {
    expect(await renderBody('==**bold** and *em*\nnext line==\n')).toBe(
      '<p><mark><strong>bold</strong> and <em>em</em>\nnext line</mark></p>',
    );
    expect(await renderBody('**==inside==**\n')).toBe('<p><strong><mark>inside</mark></strong></p>');
  });

  it('leaves code, escapes, comparisons and other runs of = as written', async () => {
    for (const file of both) {
      expect(await renderBody('`==code==` and a == b == c, x === y, \\==not\\==.\n', file)).toBe(
        '<p><code>==code==</code> and a == b == c, x === y, ==not==.</p>',
      );
      expect(await renderBody('```\n==x==\n```\n', file)).toContain('<code>==x==\n</code>');
      expect(await renderBody('== spaced == and ====\n', file)).toBe('<p>== spaced == and ====</p>');
    }
  });

  it('is searched and previewed by its words', async () => {
    const { sections, opening } = await compileBody('Keep ==the marked words== here.\n');
    expect(sections[0]?.text).toBe('Keep the marked words here.');
    expect(opening).toEqual([{ text: 'Keep the marked words here.' }]);
  });
});
