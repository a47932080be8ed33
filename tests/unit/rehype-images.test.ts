import { getMDXComponent } from 'mdx-bundler/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileAtFile, note } from './helpers';

const FM = 'title: T\nsummary: S.';
const imagesOf = async (body: string) => (await compileAtFile(note('patterns/t.mdx', FM, body))).compiled?.images;

describe('rehypeImages', () => {
  it('records Markdown images with their file line and column, src as written', async () => {
    // Frontmatter takes lines 1-4 and the body starts with an empty line: its text starts on line 6.
    const images = await imagesOf('\nText.\n\n![A sequence of events](./events.png) and ![Inline](img/inline.webp "title")\n');
    expect(images).toEqual([
      { src: './events.png', line: 8, column: 1, alt: 'A sequence of events' },
      { src: 'img/inline.webp', line: 8, column: 43, alt: 'Inline' },
    ]);
  });

  it('records MDX <img>, flow and inline, and tells an explicit alt="" from no alt', async () => {
    const images = await imagesOf('\n<img src="./decor.svg" alt="" />\n\nSee <img src="./no-alt.png" /> here.\n');
    expect(images).toEqual([
      { src: './decor.svg', line: 6, column: 1, alt: '' },
      { src: './no-alt.png', line: 8, column: 5 },
    ]);
  });

  it('counts an empty Markdown alt as none: Markdown cannot say "decorative on purpose"', async () => {
    expect(await imagesOf('\n![](./x.png)\n')).toEqual([{ src: './x.png', line: 6, column: 1 }]);
  });

  it('keeps remote images, percent-encodes spaces as the page will receive them, and skips src={expression}', async () => {
    const images = await imagesOf(
      '\n![Remote](https://example.com/a.png)\n\n![Spaced](<./my pic.png>)\n\n<img src={"./computed.png"} alt="x" />\n',
    );
    expect(images?.map((i) => i.src)).toEqual(['https://example.com/a.png', './my%20pic.png']);
  });

  it('records an image of a .md note beside a task list, whose checkbox leaves text without a start position', async () => {
    const images = (await compileAtFile(note('patterns/t.md', FM, '\n- [ ] check ![Chart](./chart.png)\n- [x] done\n'))).compiled?.images;
    expect(images).toEqual([{ src: './chart.png', line: 6, column: 13, alt: 'Chart' }]);
  });

  it('keeps a data-URI image from a reference definition, in .md and .mdx, as a remote image', async () => {
    const body = '\n![A dot][dot]\n\n[dot]: data:image/png;base64,iVBORw0KGgo=\n';
    for (const file of ['patterns/t.md', 'patterns/t.mdx']) {
      const compiled = (await compileAtFile(note(file, FM, body))).compiled;
      expect(compiled?.images).toEqual([{ src: 'data:image/png;base64,iVBORw0KGgo=', line: 6, column: 1, alt: 'A dot' }]);
    }
  });

  it('leaves src as written in the compiled code, so the compile cache stays keyed by the text alone', async () => {
    const compiled = (await compileAtFile(note('patterns/t.mdx', FM, '\n![Events](./events.png)\n'))).compiled;
    expect(compiled?.code).toContain('"./events.png"');
    expect(compiled?.code).not.toMatch(/assets\//);
  });

  it("hands a written <img> to the page's img component, as Markdown images are; one with an expression stays JSX", async () => {
    const compiled = (
      await compileAtFile(note('patterns/t.mdx', FM, '\n<img src="./a.png" alt="" />\n\n<img src="./b.png" alt={"B"} />\n'))
    ).compiled;
    // MDX renders JSX it finds in the text as written, past the `components` map.
    const seen: unknown[] = [];
    const img = (props: { src?: unknown; alt?: string }) => (seen.push(props), null);
    const html = renderToStaticMarkup(createElement(getMDXComponent(compiled?.code ?? ''), { components: { img } }));
    expect(seen).toEqual([{ src: './a.png', alt: '' }]);
    expect(html).toContain('<img src="./b.png" alt="B"/>');
  });
});
