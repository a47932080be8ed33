/**
 * Callouts: a blockquote whose first line is `[!type]`, GitHub's alert syntax (`> [!NOTE]`) and
 * Obsidian's (`> [!warning]- Mind the quota`: any case, aliases, a title of its own, `-` folded
 * or `+` unfolded). It becomes `<aside data-callout="warning">`, or `<details>` when foldable, so
 * it reads and folds without JavaScript. Written by hand rather than with remark-github-blockquote-alert
 * or @r4ai/remark-callout: neither reports an unknown type, and here it must be an error with its line.
 */
import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CALLOUT_ICONS, CALLOUT_TYPES, calloutType, type CalloutType } from './callout-types';

export interface UnknownCallout {
  /** The type as written, e.g. `warn`. */
  written: string;
  line: number;
  column: number;
}

const MARKER = /^\[!([^\]\s]+)\]([+-]?)[ \t]*/;

export function remarkCallouts(options: { unknown: UnknownCallout[] }) {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      const text = first?.type === 'paragraph' ? first.children[0] : undefined;
      const marker = text?.type === 'text' ? MARKER.exec(text.value) : null;
      if (!first || first.type !== 'paragraph' || !text || text.type !== 'text' || !marker) return;
      const type = calloutType(marker[1]!);
      if (!type) {
        const start = text.position?.start;
        options.unknown.push({ written: marker[1]!, line: start?.line ?? 0, column: start?.column ?? 0 });
        return;
      }
      text.value = text.value.slice(marker[0].length);
      toCallout(node, first, type, marker[2] as '' | '+' | '-');
    });
  };
}

function toCallout(node: Blockquote, first: Paragraph, type: CalloutType, fold: '' | '+' | '-') {
  const { title: written, rest } = splitFirstLine(first.children);
  const title: PhrasingContent[] = written.length > 0 ? written : [{ type: 'text', value: CALLOUT_TYPES[type].title }];
  const foldable = fold !== '';
  const heading: Paragraph = {
    type: 'paragraph',
    data: { hName: foldable ? 'summary' : 'p', hProperties: { className: ['callout-title'] } },
    children: [icon(type), ...title],
  };
  const body = rest.length > 0 ? [{ ...first, children: rest }] : [];
  node.children = [heading, ...body, ...node.children.slice(1)];
  // An <aside> in the article would be a complementary landmark; a callout is a note, named by its title.
  const named = foldable ? { open: fold === '+' } : { role: 'note', ariaLabel: toString(heading).trim() };
  node.data = { hName: foldable ? 'details' : 'aside', hProperties: { className: ['callout'], dataCallout: type, ...named } };
}

/** The inline content up to the first line break (the title), and what follows it (the body's first paragraph). */
function splitFirstLine(children: PhrasingContent[]): { title: PhrasingContent[]; rest: PhrasingContent[] } {
  for (const [index, child] of children.entries()) {
    if (child.type === 'break') return trimmed(children.slice(0, index), children.slice(index + 1));
    if (child.type !== 'text') continue;
    const newline = child.value.indexOf('\n');
    if (newline < 0) continue;
    const before = { ...child, value: child.value.slice(0, newline) };
    const after = { ...child, value: child.value.slice(newline + 1) };
    return trimmed([...children.slice(0, index), before], [after, ...children.slice(index + 1)]);
  }
  return trimmed(children, []);
}

function trimmed(title: PhrasingContent[], rest: PhrasingContent[]) {
  const meaningful = (nodes: PhrasingContent[]) => nodes.filter((n) => n.type !== 'text' || n.value.trim() !== '');
  return { title: meaningful(title), rest: meaningful(rest) };
}

/** The type's icon as an inline SVG: an mdast node that remark-rehype turns into `hChildren`. */
function icon(type: CalloutType): PhrasingContent {
  return {
    type: 'emphasis',
    children: [],
    data: {
      hName: 'svg',
      hProperties: { className: ['callout-icon'], viewBox: '0 0 24 24', ariaHidden: 'true', focusable: 'false' },
      hChildren: [{ type: 'element', tagName: 'path', properties: { d: CALLOUT_ICONS[type] }, children: [] }],
    },
  };
}
