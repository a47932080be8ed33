/**
 * `![[slug#heading]]` on a line of its own embeds that section of another note, `![[slug]]` its
 * opening. Like a wiki-link, the embed becomes an element (`<Embed target anchor>`) resolved when
 * the page renders, so this note's compiled output, cached by its own text, does not go stale when
 * the embedded note changes. Runs before remark-wiki-links, which would otherwise take the `[[…]]`.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

export const EMBED_PATTERN = /^!\[\[([^\]|#\n]+?)(?:#([^\]|\n]+?))?\]\]$/;

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export function remarkEmbeds() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const match = only?.type === 'text' ? EMBED_PATTERN.exec(only.value.trim()) : null;
      if (!match || !parent || index === undefined) return;
      const [, target = '', anchor] = match;
      const embed: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Embed',
        attributes: [attribute('target', target.trim()), ...(anchor ? [attribute('anchor', anchor.trim())] : [])],
        children: [],
        ...(node.position ? { position: node.position } : {}),
      };
      parent.children.splice(index, 1, embed);
      return SKIP;
    });
  };
}
