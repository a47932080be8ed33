/**
 * The `#…` part of a link, read once for the check and the page alike. Writers name a heading by
 * its id (`#problem`, our notes) or, as in Obsidian, by its text (`[[Note#Heading text]]`, nested
 * `[[Note#Part#Step]]`), and a block by the id written at its end (`[[Note#^quote-1]]`).
 */
import { slug } from 'github-slugger';
export { decodeAnchor } from './paths';

export interface AnchorTargets {
  headings: readonly { id: string; text: string }[];
  /** Block ids as written at the end of a paragraph or list item, without the `^`. */
  blockIds: readonly string[];
}

/** The HTML id a block id becomes: `^quote-1`, the fragment Obsidian Publish links to as well. */
export function blockAnchorId(blockId: string): string {
  return `^${blockId}`;
}

/** The element id an anchor names in a note, or undefined when the note has no such heading or block. */
export function resolveAnchor(targets: AnchorTargets, anchor: string): string | undefined {
  const written = anchor.trim();
  if (written.startsWith('^')) {
    const id = written.slice(1);
    const found =
      targets.blockIds.find((block) => block === id) ?? targets.blockIds.find((block) => block.toLowerCase() === id.toLowerCase());
    return found === undefined ? undefined : blockAnchorId(found);
  }
  // Obsidian's nested form names the last heading of a path of headings.
  const last = written.split('#').filter(Boolean).at(-1) ?? written;
  if (targets.headings.some((h) => h.id === last)) return last;
  const key = slug(last);
  return targets.headings.find((h) => slug(h.text) === key)?.id;
}
