/**
 * Records the plain text of a note's first paragraph, the "opening" that link previews show.
 * Unlabeled wiki-links are kept as targets (like link contexts), so the site model can read
 * them as the title of the note they name.
 */
import type { Root } from 'mdast';
import type { TextSegment } from '../../text-segments';
import { plainText } from './remark-collect-links';

export function remarkCollectOpening(options: { sink: { opening: TextSegment[] } }) {
  return (tree: Root) => {
    // Only top-level paragraphs count: a paragraph inside a list or a callout is not an opening.
    const first = tree.children.find((child) => child.type === 'paragraph');
    options.sink.opening = first ? plainText(first) : [];
  };
}
