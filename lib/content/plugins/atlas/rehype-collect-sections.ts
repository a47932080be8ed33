/**
 * Records the plain text of each h2/h3 section (and of the intro before the first heading)
 * with the id rehype-slug gave its heading: the search index is built from these, so a hit
 * can link straight to `#<heading-id>`. Code blocks are left out: they bloat the index and
 * readers do not search for code.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

export interface CollectedSection {
  /** The heading's id, or '' for the text before the first heading. */
  id: string;
  heading: string;
  text: string;
}

const SECTION_HEADING = /^h[23]$/;
/** Text a reader does not search: code, and the anchor link a later plugin may append. */
const SKIPPED = new Set(['pre', 'script', 'style']);

export function rehypeCollectSections(options: { sink: CollectedSection[] }) {
  return (tree: Root) => {
    let current: { id: string; heading: string; parts: string[] } = { id: '', heading: '', parts: [] };
    const flush = () => {
      const text = current.parts.join(' ').replace(/\s+/g, ' ').trim();
      if (text || current.id) options.sink.push({ id: current.id, heading: current.heading, text });
    };
    for (const node of tree.children) {
      if (isElement(node) && SECTION_HEADING.test(node.tagName) && typeof node.properties.id === 'string') {
        flush();
        current = { id: node.properties.id, heading: toString(node).trim(), parts: [] };
      } else {
        current.parts.push(textOf(node));
      }
    }
    flush();
  };
}

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/**
 * Plain text of a node, skipping code; MDX JSX elements contribute their children's text.
 * An unlabelled `[[slug]]` gets its label (the target's title) only when the page renders,
 * so its slug stands in for it here: `event-sourcing` reads as "event sourcing".
 */
function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'mdxJsxTextElement' && node.name === 'WikiLink' && node.children.length === 0) {
    const target = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'target')?.value;
    return typeof target === 'string' ? target.split('#')[0]!.replaceAll('-', ' ') : '';
  }
  if (isElement(node) && SKIPPED.has(node.tagName)) return '';
  if ('children' in node) {
    const sep = isElement(node) && /^(p|li|h[1-6]|td|th|blockquote|div|section|summary)$/.test(node.tagName) ? ' ' : '';
    return (node.children as (RootContent | ElementContent)[]).map(textOf).join('') + sep;
  }
  return '';
}
