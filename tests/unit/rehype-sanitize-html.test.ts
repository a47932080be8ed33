import { describe, expect, it } from 'vitest';
import { compileBody, renderBody } from './render-helpers';

const md = (body: string) => renderBody(body, 'data/fixture.md');
const notices = async (body: string) => (await compileBody(body, 'data/fixture.md')).notices.map((n) => `${n.line}:${n.message}`);

describe("a Markdown note's HTML, cut to GitHub's allow-list", () => {
  it.each([
    ['a script', '<script>alert(1)</script>', 'alert(1)'],
    ['a script in an SVG', '<svg><script>alert(2)</script></svg>', 'alert(2)'],
    ['an event handler', '<img src="x.png" alt="x" onerror="alert(3)">', 'onerror'],
    ['a javascript: link', '[click](javascript:alert(4))', 'javascript:'],
    ['an encoded javascript: link', '<a href="&#106;avascript:alert(5)">x</a>', 'javascript:'],
    ['a vbscript: link', '<a href="vbscript:msgbox(6)">x</a>', 'vbscript:'],
    ['a data: link', '<a href="data:text/html,<b>7</b>">x</a>', 'data:text'],
    ['an iframe', '<iframe src="https://example.com"></iframe>', '<iframe'],
    ['an object', '<object data="x.swf"></object>', '<object'],
    ['an embed', '<embed src="x.swf">', '<embed'],
    ['a form', '<form action="https://example.com">Go</form>', '<form'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://example.com">', 'refresh'],
    ['a base', '<base href="https://example.com/">', '<base'],
    ['a link', '<link rel="stylesheet" href="https://example.com/x.css">', 'stylesheet'],
    ['a style element', '<style>body { display: none }</style>', 'display'],
    ['a style attribute', '<p style="position: fixed; inset: 0">Cover</p>', 'position'],
    ['an SVG data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 'svg+xml'],
  ])('removes %s and says so at its line', async (_, html, trace) => {
    const body = `Before.\n\n${html}\n\nAfter.\n`;
    expect(await md(body)).not.toContain(trace);
    // Body line 3 is the file's line 7, under four lines of frontmatter.
    expect(await notices(body)).toEqual([expect.stringMatching(/^7:Removed /)]);
  });

  it('keeps what GitHub keeps: details, kbd, tables, task lists, footnotes and picture data images', async () => {
    const html = await md(
      '<details><summary>More</summary>\n\nHidden **text**.\n\n</details>\n\nPress <kbd>Ctrl</kbd>.\n\n- [x] done\n\nA claim[^1].\n\n[^1]: Its source.\n\n![dot](data:image/png;base64,iVBORw0KGgo=)\n',
    );
    expect(html).toContain('<details><summary>More</summary>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<input type="checkbox" disabled="" checked=""/>');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it("prefixes a note's own ids, so none clobbers the page's globals, and keeps the engine's", async () => {
    const html = await md('<div id="__next_f" name="x">x</div>\n\nA quote. ^quote-1\n');
    expect(html).toContain('id="user-content-__next_f"');
    expect(html).toContain('id="^quote-1"');
  });

  it("keeps the engine's own elements: callouts, wiki-links and embeds", async () => {
    const html = await md('> [!TIP] Title\n> Body with [[cqrs]].\n\n![[other-note]]\n');
    expect(html).toContain('<aside class="callout" data-callout="tip" role="note" aria-label="Title">');
    expect(html).toContain('<svg class="callout-icon"');
    expect(html).toContain('cqrs');
    expect(html).toContain('data-embed="other-note"');
  });

  it('leaves an MDX note alone: MDX is code, trusted as code', async () => {
    expect(await renderBody('<div style={{ color: "red" }}>Red</div>\n')).toContain('style="color:red"');
  });
});
