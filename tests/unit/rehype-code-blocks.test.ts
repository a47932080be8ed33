import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '@/lib/content/plugins/docusaurus/rehype-code-blocks';
import { compileBody, renderBody } from './render-helpers';

const fence = (meta: string, code: string, lang = 'ts') => `\`\`\`${lang}${meta ? ` ${meta}` : ''}\n${code}\n\`\`\`\n`;

describe('parseCodeMeta', () => {
  it('reads a title in either quotes and line ranges', () => {
    expect(parseCodeMeta('title="lib/retry.ts" {2,4-6}', 10)).toEqual({ title: 'lib/retry.ts', marked: new Set([2, 4, 5, 6]) });
    expect(parseCodeMeta("{1} title='a b.ts'", 10)).toEqual({ title: 'a b.ts', marked: new Set([1]) });
    expect(parseCodeMeta(undefined, 10)).toEqual({ marked: new Set() });
  });

  it("keeps marked lines to the block's lines, so a huge range costs nothing", () => {
    expect(parseCodeMeta('{2-10000000}', 3)).toEqual({ marked: new Set([2, 3]) });
    expect(parseCodeMeta('{5,1-1000000000000}', 2).marked).toEqual(new Set([1, 2]));
  });
});

describe('rehypeCodeBlocks', () => {
  it('wraps every block in a CodeBlock with its title and language', async () => {
    const html = await renderBody(fence('title="lib/retry.ts"', 'const a = 1;'));
    expect(html).toMatch(
      /^<div data-code-block="" data-title="lib\/retry.ts" data-language="ts"><pre tabindex="0"><code class="hljs language-ts">/,
    );
  });

  it('a block with no language or "text" shows none', async () => {
    expect(await renderBody('```\nplain\n```\n')).toMatch(
      /^<div data-code-block=""><pre tabindex="0"><code>plain\n<\/code><\/pre><\/div>$/,
    );
    expect(await renderBody(fence('', 'plain', 'text'))).toMatch(/^<div data-code-block=""><pre tabindex="0">/);
  });

  it('marks the lines named, cutting a comment that spans lines into one span per line', async () => {
    const html = await renderBody(fence('{2,4}', 'const a = 1;\n/* one\ntwo */\nconst b = 2;'));
    const code = /<code[^>]*>([^]*)<\/code>/.exec(html)?.[1] ?? '';
    expect(code.split('\n')).toEqual([
      '<span class="hljs-keyword">const</span> a = <span class="hljs-number">1</span>;',
      '<mark class="code-line"><span class="hljs-comment">/* one</span></mark>',
      '<span class="hljs-comment">two */</span>',
      '<mark class="code-line"><span class="hljs-keyword">const</span> b = <span class="hljs-number">2</span>;</mark>',
      '',
    ]);
  });

  it('leaves the code text exactly as written, so what is copied is what was written', async () => {
    const source = 'function f() {\n\n  return 1;\n}';
    const html = await renderBody(fence('{1-4}', source));
    const text = (/<code[^>]*>([^]*)<\/code>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
    expect(text).toBe(`${source}\n`);
  });

  it('marks a huge range of a small block at once, lines past its end ignored', async () => {
    const started = performance.now();
    const html = await renderBody(fence('{1-10000000}', 'const a = 1;\nconst b = 2;'));
    expect(html.match(/<mark class="code-line">/g)).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('works in a .md note as in an .mdx note', async () => {
    const html = await renderBody(fence('title="lib/retry.ts" {2}', 'const a = 1;\nconst b = 2;'), 'data/fixture.md');
    expect(html).toMatch(/^<div data-code-block="" data-title="lib\/retry.ts" data-language="ts">/);
    expect(html).toContain('<mark class="code-line">');
  });

  it('keeps code out of the search index, title included', async () => {
    const { sections } = await compileBody(`Intro words.\n\n${fence('title="secret-file.ts"', 'const hidden = 1;')}`);
    expect(sections[0]?.text).toBe('Intro words.');
  });
});
