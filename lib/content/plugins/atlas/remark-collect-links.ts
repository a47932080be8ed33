/**
 * Records every internal link (wiki-links, embeds and Markdown links to `/notes/…` or `#…`) with its
 * position and the sentence or list item around it, for link checking and backlinks.
 * Runs after remark-wiki-links and remark-embeds, so both are already elements.
 */
import type { Link, Nodes, Parents, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import { decodeAnchor, parseNoteHref } from '../../paths';
import { normalizeSegments, type TextSegment } from '../../text-segments';

export interface CollectedLink {
  /** An embed (`![[slug#heading]]`) is checked like a link, and also for cycles. */
  kind: 'wiki' | 'markdown' | 'embed';
  /** A slug or an alias as written; empty for a same-page `#anchor` link. */
  target: string;
  anchor?: string;
  /** A relative Markdown-file link as written (`../x.md#y`), when remark-relative-links rewrote it. */
  written?: string;
  /** That link's file, from the content folder (`handbook/x.md`): the note is found by it, not by `target`. */
  path?: string;
  /** A relative link to a file that is not a note, which the site does not publish. */
  unpublished?: boolean;
  line: number;
  column: number;
  /**
   * The block that holds the link (paragraph, list item, table row or heading) as plain text,
   * the link's own words marked `link`. derive-links narrows a paragraph to the sentence holding
   * the link, once wiki-link targets read as titles (a lowercase slug would otherwise hide a
   * sentence break from the segmenter).
   */
  context: TextSegment[];
  /** Whether `context` is a paragraph, to be narrowed to one sentence. */
  paragraph: boolean;
}

function attr(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** Plain text of a node, unlabeled wiki-links as targets to read as titles, `current` (when given) marked as the link. */
export function plainText(node: Nodes, current?: Nodes): TextSegment[] {
  return normalizeSegments(segmentsOf(node, current, node === current));
}

/** `link`: whether `node` is the link or inside it, so its words are marked as the link's. */
function segmentsOf(node: Nodes, current: Nodes | undefined, link: boolean): TextSegment[] {
  const mark = link ? { link: true as const } : {};
  let segments: TextSegment[] = [];
  if (node.type === 'mdxJsxTextElement' && node.name === 'WikiLink' && node.children.length === 0)
    segments = [{ target: attr(node, 'target') ?? '', ...mark }];
  else if (node.type === 'text' || node.type === 'inlineCode') segments = [{ text: node.value, ...mark }];
  else if ('children' in node) {
    // A table row reads as its cells in order, e.g. "Anthology Saga · asynchronous · eventual".
    const separator = node.type === 'list' || node.type === 'listItem' ? ' ' : node.type === 'tableRow' ? ' · ' : '';
    segments = (node.children as Nodes[]).flatMap((child, index) => [
      ...(index > 0 && separator ? [{ text: separator, ...mark }] : []),
      ...segmentsOf(child, current, link || child === current),
    ]);
  }
  // A link without words still marks its place, as an empty highlight.
  return link && segments.length === 0 ? [{ text: '', link: true }] : segments;
}

function contextOf(link: Nodes, ancestors: readonly Parents[]): { context: TextSegment[]; paragraph: boolean } {
  // The innermost block wins, except that a link in a table cell takes its whole row.
  const block = [...ancestors]
    .reverse()
    .find((a) => a.type === 'listItem' || a.type === 'paragraph' || a.type === 'tableRow' || a.type === 'heading');
  if (!block) return { context: [], paragraph: false };
  return { context: plainText(block, link), paragraph: block.type === 'paragraph' };
}

export function remarkCollectLinks(options: { sink: CollectedLink[] }) {
  return (tree: Root) => {
    visitParents(tree, (node, ancestors) => {
      const position = node.position?.start;
      if (!position) return;
      if (node.type === 'mdxJsxTextElement' && node.name === 'WikiLink') {
        const anchor = attr(node, 'anchor');
        options.sink.push({
          kind: 'wiki',
          target: attr(node, 'target') ?? '',
          ...(anchor ? { anchor } : {}),
          line: position.line,
          column: position.column,
          ...contextOf(node, ancestors),
        });
      } else if (node.type === 'mdxJsxFlowElement' && node.name === 'Embed') {
        const target = attr(node, 'target') ?? '';
        const anchor = attr(node, 'anchor');
        // A backlink from an embed reads "Embeds <title>", the title highlighted as a link's words are.
        const context: TextSegment[] = [{ text: 'Embeds ' }, { target, link: true }];
        options.sink.push({
          kind: 'embed',
          target,
          ...(anchor ? { anchor } : {}),
          line: position.line,
          column: position.column,
          context,
          paragraph: false,
        });
      } else if (node.type === 'link') {
        const target = internalTarget(node);
        const written = node.data?.writtenUrl;
        const notePath = node.data?.notePath;
        if (node.data?.unpublished)
          options.sink.push({
            kind: 'markdown',
            target: '',
            written: written ?? node.url,
            unpublished: true,
            line: position.line,
            column: position.column,
            ...contextOf(node, ancestors),
          });
        else if (target)
          options.sink.push({
            kind: 'markdown',
            ...target,
            ...(written ? { written } : {}),
            ...(notePath ? { path: notePath } : {}),
            line: position.line,
            column: position.column,
            ...contextOf(node, ancestors),
          });
      }
    });
  };
}

function internalTarget(node: Link): { target: string; anchor?: string } | undefined {
  if (node.url.startsWith('#')) return { target: '', anchor: decodeAnchor(node.url.slice(1)) };
  const parsed = parseNoteHref(node.url);
  return parsed ? { target: parsed.slug, ...(parsed.anchor ? { anchor: parsed.anchor } : {}) } : undefined;
}
