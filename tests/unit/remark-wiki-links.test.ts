import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { remarkWikiLinks } from '@/lib/content/plugins/obsidian/remark-wiki-links';

function links(markdown: string) {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  remarkWikiLinks()(tree);
  const found: { target?: unknown; anchor?: unknown; label: string; line?: number; column?: number }[] = [];
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    const attr = (name: string) => node.attributes.find((a) => 'name' in a && a.name === name)?.value;
    const label = node.children.map((c) => ('value' in c ? c.value : '')).join('');
    found.push({
      target: attr('target'),
      anchor: attr('anchor'),
      label,
      line: node.position?.start.line,
      column: node.position?.start.column,
    });
  });
  return found;
}

describe('remarkWikiLinks', () => {
  it('turns [[slug]], [[slug|label]] and [[slug#heading]] into WikiLink elements', () => {
    expect(links('See [[cqrs]], [[event-sourcing|the log]] and [[saga-pattern#problem]].')).toEqual([
      { target: 'cqrs', anchor: undefined, label: '', line: 1, column: 5 },
      { target: 'event-sourcing', anchor: undefined, label: 'the log', line: 1, column: 15 },
      { target: 'saga-pattern', anchor: 'problem', label: '', line: 1, column: 46 },
    ]);
  });

  it('keeps an alias as the target, for resolution later', () => {
    expect(links('Use [[CQRS]] here.')[0]).toMatchObject({ target: 'CQRS' });
  });

  it('reports the line of a link that follows a soft line break', () => {
    expect(links('First line\nthen [[cqrs]]')[0]).toMatchObject({ line: 2, column: 6 });
  });

  it('leaves code alone', () => {
    expect(links('Write `[[cqrs]]` to link.\n\n```\n[[cqrs]]\n```')).toEqual([]);
  });
});
