/**
 * Records every internal link (wiki-links, embeds and Markdown links to `/notes/…` or `#…`) with its
 * position and the sentence or list item around it, for link checking and backlinks.
 * Runs after remark-wiki-links and remark-embeds, so both are already elements.
 */
import type { Link, Nodes, Parents, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import { parseNoteHref } from '../paths';

export interface CollectedLink {
  /** An embed (`![[slug#heading]]`) is checked like a link, and also for cycles. */
  kind: 'wiki' | 'markdown' | 'embed';
  /** A slug or an alias as written; empty for a same-page `#anchor` link. */
  target: string;
  anchor?: string;
  /** A relative Markdown-file link as written (`../x.md#y`), when remark-relative-links rewrote it. */
  written?: string;
  line: number;
  column: number;
  /**
   * The block that holds the link (paragraph, list item, table row or heading) as plain text,
   * the link's words between LINK_START and LINK_END. derive-links narrows a paragraph to the
   * sentence holding the link, once wiki-link targets read as titles (a lowercase slug would
   * otherwise hide a sentence break from the segmenter).
   */
  context: string;
  /** Whether `context` is a paragraph, to be narrowed to one sentence. */
  paragraph: boolean;
}

/** Marks an unlabeled wiki-link's target in `context`; derive-links swaps in the resolved title. */
export const TARGET_MARK = '\u0000';
/** Bracket the link's own words in `context`, so backlinks can highlight them. */
export const LINK_START = '\u0001';
export const LINK_END = '\u0002';

function attr(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Plain text of a node, writing unlabeled wiki-links as marked targets and `current` (when given) between markers. */
export function plainText(node: Nodes, current?: Nodes): string {
  let text: string;
  if (node.type === 'mdxJsxTextElement' && node.name === 'WikiLink' && node.children.length === 0) {
    text = `${TARGET_MARK}${attr(node, 'target') ?? ''}${TARGET_MARK}`;
  } else if (node.type === 'text' || node.type === 'inlineCode') {
    text = node.value;
  } else if ('children' in node) {
    // A table row reads as its cells in order, e.g. "Anthology Saga · asynchronous · eventual".
    const separator = node.type === 'list' || node.type === 'listItem' ? ' ' : node.type === 'tableRow' ? ' · ' : '';
    text = (node.children as Nodes[]).map((child) => plainText(child, current)).join(separator);
  } else text = '';
  return node === current ? `${LINK_START}${text}${LINK_END}` : text;
}

function contextOf(link: Nodes, ancestors: readonly Parents[]): { context: string; paragraph: boolean } {
  // The innermost block wins, except that a link in a table cell takes its whole row.
  const block = [...ancestors].reverse().find((a) => a.type === 'listItem' || a.type === 'paragraph' || a.type === 'tableRow' || a.type === 'heading');
  if (!block) return { context: '', paragraph: false };
  return { context: plainText(block, link).replace(/\s+/g, ' ').trim(), paragraph: block.type === 'paragraph' };
}

export function remarkCollectLinks(options: { sink: CollectedLink[] }) {
  return (tree: Root) => {
    visitParents(tree, (node, ancestors) => {
      const position = node.position?.start;
      if (!position) return;
      if (node.type === 'mdxJsxTextElement' && node.name === 'WikiLink') {
        const anchor = attr(node, 'anchor');
        options.sink.push({ kind: 'wiki', target: attr(node, 'target') ?? '', ...(anchor ? { anchor } : {}), line: position.line, column: position.column, ...contextOf(node, ancestors) });
      } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Embed') {
        const target = attr(node, 'target') ?? '';
        const anchor = attr(node, 'anchor');
        // A backlink from an embed reads "Embeds <title>", the title highlighted as a link's words are.
        const context = `Embeds ${LINK_START}${TARGET_MARK}${target}${TARGET_MARK}${LINK_END}`;
        options.sink.push({ kind: 'embed', target, ...(anchor ? { anchor } : {}), line: position.line, column: position.column, context, paragraph: false });
      } else if (node.type === 'link') {
        const target = internalTarget(node);
        const written = node.data?.writtenUrl;
        if (target) options.sink.push({ kind: 'markdown', ...target, ...(written ? { written } : {}), line: position.line, column: position.column, ...contextOf(node, ancestors) });
      }
    });
  };
}

function internalTarget(node: Link): { target: string; anchor?: string } | undefined {
  if (node.url.startsWith('#')) return { target: '', anchor: decodeURIComponent(node.url.slice(1)) };
  const parsed = parseNoteHref(node.url);
  return parsed ? { target: parsed.slug, ...(parsed.anchor ? { anchor: parsed.anchor } : {}) } : undefined;
}
