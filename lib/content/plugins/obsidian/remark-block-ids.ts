/**
 * Obsidian's block ids: a paragraph or list item ending in ` ^quote-1` can be linked to as
 * `[[Note#^quote-1]]` and embedded as `![[Note#^quote-1]]`. The marker is not shown; the block
 * gets the id `^quote-1`. A marker on a line of its own, after a blank line, names the block
 * before it (a table, a list, a quote), as Obsidian writes it for blocks that cannot end in text.
 */
import type { Nodes, Parents, Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { blockAnchorId } from '../../anchors';

/** A block id: letters, digits and dashes, as Obsidian allows. */
const TRAILING_ID = /(?:^|[ \t\n])\^([A-Za-z0-9-]+)[ \t]*$/;
const ONLY_ID = /^\^([A-Za-z0-9-]+)$/;

function setId(node: Nodes, id: string, sink: string[]): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: blockAnchorId(id) } };
  sink.push(id);
}

export function remarkBlockIds(options: { sink: string[] }) {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent: Parents | undefined) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text' || !parent || index === undefined) return;
      if (node.children.length === 1 && ONLY_ID.test(last.value.trim())) {
        const previous = parent.children[index - 1];
        if (!previous) return;
        setId(previous, ONLY_ID.exec(last.value.trim())![1]!, options.sink);
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const marker = TRAILING_ID.exec(last.value);
      if (!marker) return;
      last.value = last.value.slice(0, marker.index).trimEnd();
      // In a list item the item is the block, as a reader sees it.
      const block = parent.type === 'listItem' && parent.children[0] === node ? parent : node;
      setId(block, marker[1]!, options.sink);
    });
  };
}
