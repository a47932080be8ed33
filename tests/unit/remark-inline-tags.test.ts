import { describe, expect, it } from 'vitest';
import { compileBody, renderBody } from './render-helpers';
import { note, siteOf } from './helpers';

const both = ['data/x.md', 'data/x.mdx'];

describe('remarkInlineTags', () => {
  it('links #tag and #nested/tag to their pages, in .md and .mdx, and collects them as keys', async () => {
    for (const file of both) {
      const html = await renderBody('Filed under #Runbook and #plugin/emitter.\n#first-thing on a line.\n', file);
      expect(html).toBe(
        '<p>Filed under <a href="/tags/runbook/" class="tag">#Runbook</a> and <a href="/tags/plugin/emitter/" class="tag">#plugin/emitter</a>.\n<a href="/tags/first-thing/" class="tag">#first-thing</a> on a line.</p>',
      );
      expect((await compileBody('#b and #A, #a again\n', file)).tags).toEqual(['b', 'a']);
    }
  });

  it('reads letters of any script and stops at what a tag cannot hold', async () => {
    expect(await renderBody('Sieh #Übersicht, #日本語; #a.b\n')).toBe(
      '<p>Sieh <a href="/tags/%C3%BCbersicht/" class="tag">#Übersicht</a>, <a href="/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/" class="tag">#日本語</a>; <a href="/tags/a/" class="tag">#a</a>.b</p>',
    );
  });

  it('finds none in code, links, wiki-links, URLs, after a letter, or all digits', async () => {
    for (const file of both) {
      const body =
        '`#code` and C# and issue #24, [a #link](https://x.test/#frag), https://x.test/#anchor, [[cqrs#read-side]], a#b, # spaced\n\n```\n#not\n```\n';
      const { tags } = await compileBody(body, file);
      expect(tags).toEqual([]);
    }
  });

  it("is not a heading's own #, but a tag in a heading's text is one", async () => {
    const compiled = await compileBody('# Title\n\n## Setup #ops\n\n#Heading without a space is text with a tag\n');
    expect(compiled.tags).toEqual(['ops', 'heading']);
    expect(compiled.headings.map((h) => h.text)).toEqual(['Title', 'Setup #ops']);
  });

  it("adds a note's inline tags to its frontmatter's, each level of a nested tag with a page", async () => {
    const site = await siteOf([
      note('patterns/a.md', 'title: A\nsummary: S.\ntags: [Plugin/Emitter]', 'Also #plugin and #ops.\n'),
      note('patterns/b.mdx', 'title: B\nsummary: S.', 'Only #plugin/parser here.\n'),
    ]);
    expect(site.bySlug.get('a' as never)?.tags).toEqual(['plugin/emitter', 'plugin', 'ops']);
    expect([...site.tags].map(([tag, notes]) => [tag, notes.map((n) => n.slug)])).toEqual([
      ['ops', ['a']],
      ['plugin', ['a', 'b']],
      ['plugin/emitter', ['a']],
      ['plugin/parser', ['b']],
    ]);
  });
});
