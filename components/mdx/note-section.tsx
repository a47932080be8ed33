/**
 * One part of a compiled note, for embeds: the section under a heading, or the opening before the
 * first heading. A compiled note is cached by its own text and knows nothing of who embeds it, so
 * the part is cut out when the page renders: MDX's content function, called with the components,
 * returns one fragment whose children are the note's top-level blocks, headings among them with
 * the ids rehype-slug gave them. The section runs from its heading to the next heading of the same
 * or a higher rank. Its own heading is left out (the embed's source link names it), and headings
 * inside lose their ids and '#' links, which belong to the embedded note's page, not this one.
 */
import { Children, cloneElement, isValidElement, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import type { MdxContent } from './note-content';

type Props = { id?: string; className?: string; children?: ReactNode };

function headingRank(node: ReactNode): number | undefined {
  if (!isValidElement(node) || typeof node.type !== 'string') return undefined;
  const rank = /^h([1-6])$/.exec(node.type)?.[1];
  return rank ? Number(rank) : undefined;
}

function withoutAnchor(heading: ReactElement<Props>): ReactElement<Props> {
  const children = Children.toArray(heading.props.children).filter(
    (c) => !(isValidElement<Props>(c) && c.props.className === 'heading-anchor'),
  );
  return cloneElement(heading, { id: undefined }, ...children);
}

export function notePart(content: MdxContent, components: ComponentProps<MdxContent>['components'], anchor?: string): ReactNode[] {
  const root = content({ components });
  const blocks = Children.toArray(isValidElement<Props>(root) ? root.props.children : root);
  if (!anchor) return section(blocks, 0, 6);
  return findPart(blocks, anchor) ?? [];
}

/** The blocks from `start` up to the next heading of rank `rank` or higher, headings inside without their ids. */
function section(blocks: ReactNode[], start: number, rank: number): ReactNode[] {
  const end = blocks.findIndex((b, i) => i >= start && (headingRank(b) ?? 7) <= rank);
  return blocks
    .slice(start, end < 0 ? undefined : end)
    .map((b) => (headingRank(b) !== undefined && isValidElement<Props>(b) ? withoutAnchor(b) : b));
}

/**
 * The part an anchor names among these blocks or inside one of them: a heading's section (a
 * heading may sit in a callout, its section then ends with the callout), or an Obsidian block
 * (`^id`), shown whole, without its id, which belongs to the embedded note's page.
 */
function findPart(blocks: ReactNode[], anchor: string): ReactNode[] | undefined {
  for (const [index, block] of blocks.entries()) {
    if (!isValidElement<Props>(block)) continue;
    if (block.props.id === anchor) {
      const rank = headingRank(block);
      return rank === undefined ? [cloneElement(block, { id: undefined })] : section(blocks, index + 1, rank);
    }
    const inner = findPart(Children.toArray(block.props.children), anchor);
    if (inner) return inner;
  }
  return undefined;
}
