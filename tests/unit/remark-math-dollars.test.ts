import { describe, expect, it } from 'vitest';
import { renderBody } from './render-helpers';

const both = ['data/x.md', 'data/x.mdx'];
/** The TeX of each formula KaTeX rendered, in order. */
const formulas = (html: string) => [...html.matchAll(/<annotation encoding="application\/x-tex">([^<]*)<\/annotation>/g)].map((m) => m[1]);

describe('remarkMathDollars', () => {
  it('renders $…$ and $$…$$ as MathML at build time, in .md and .mdx', async () => {
    for (const file of both) {
      const html = await renderBody('Inline $x^2$ here.\n\n$$\n\\frac{1}{2}\n$$\n', file);
      expect(html).toMatch(/^<p>Inline <span class="katex"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"><semantics>/);
      expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mfrac>');
      expect(formulas(html)).toEqual(['x^2', '\\frac{1}{2}']);
      // No KaTeX HTML output, so no KaTeX stylesheet or fonts are needed.
      expect(html).not.toContain('katex-html');
    }
  });

  it('renders a ```math fence as display math, as GitHub does', async () => {
    expect(formulas(await renderBody('```math\nE = mc^2\n```\n'))).toEqual(['E = mc^2\n']);
  });

  it('keeps dollars that are money as text: "costs $5 and $10"', async () => {
    for (const file of both) {
      expect(await renderBody('It costs $5 and $10 a month.\n', file)).toBe('<p>It costs $5 and $10 a month.</p>');
      expect(await renderBody('From $1,667.84 net to $2 and *more*.\n', file)).toBe('<p>From $1,667.84 net to $2 and <em>more</em>.</p>');
    }
  });

  it('needs a non-space after the opening $, a non-space before the closing $, and no digit after it', async () => {
    for (const file of both) {
      expect(await renderBody('Not $ x$, not $x $, not $x$5.\n', file)).toBe('<p>Not $ x$, not $x $, not $x$5.</p>');
      // The money is text, and the math after it still renders.
      expect(formulas(await renderBody('Pay $5 and $10, then $y$ holds.\n', file))).toEqual(['y']);
    }
  });

  it('leaves $ in code and escaped dollars alone', async () => {
    expect(await renderBody('`$x$` and \\$x\\$.\n')).toBe('<p><code>$x$</code> and $x$.</p>');
  });

  it('reads braces and angle brackets inside math as TeX in .mdx, not as JSX', async () => {
    expect(formulas(await renderBody('Half $\\frac{1}{2}$ and $a<b$.\n'))).toEqual(['\\frac{1}{2}', 'a&lt;b']);
  });
});
