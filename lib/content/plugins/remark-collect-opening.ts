/**
 * Records the plain text of a note's first paragraph, the "opening" that link previews show.
 * Unlabeled wiki-links are written as marked targets (like link contexts), so the site model
 * can swap in the title of the note they name.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { TARGET_MARK } from './remark-collect-links';

function targetOf(node: MdxJsxTextElement): string {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'target');
  return typeof found?.value === 'string' ? found.value : '';
}

function plainText(node: Nodes): string {
  if (node.type === 'mdxJsxTextElement' && node.name === 'WikiLink' && node.children.length === 0) return `${TARGET_MARK}${targetOf(node)}${TARGET_MARK}`;
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export function remarkCollectOpening(options: { sink: { opening: string } }) {
  return (tree: Root) => {
    // Only top-level paragraphs count: a paragraph inside a list or a callout is not an opening.
    const first = tree.children.find((child) => child.type === 'paragraph');
    options.sink.opening = first ? plainText(first).replace(/\s+/g, ' ').trim() : '';
  };
}
