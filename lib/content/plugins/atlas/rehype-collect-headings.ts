/** Records h2–h4 headings with the ids rehype-slug gave them: the table of contents and anchor checks use them. */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface CollectedHeading {
  depth: number;
  id: string;
  text: string;
  line: number;
}

export function rehypeCollectHeadings(options: { sink: CollectedHeading[] }) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
      const id = node.properties.id;
      if (!depth || typeof id !== 'string') return;
      options.sink.push({ depth: Number(depth), id, text: toString(node).trim(), line: node.position?.start?.line ?? 0 });
    });
  };
}
