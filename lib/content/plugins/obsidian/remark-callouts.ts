/**
 * Callouts: a blockquote whose first line is `[!type]`, GitHub's alert syntax (`> [!NOTE]`) and
 * Obsidian's (`> [!warning]- Mind the quota`: any case, aliases, a title of its own, `-` folded
 * or `+` unfolded). It becomes `<aside data-callout="warning">`, or `<details>` when foldable, so
 * it reads and folds without JavaScript. A type that is neither GitHub's nor Obsidian's renders
 * as Obsidian renders it, with its own name as title, and is recorded so the build lists it once;
 * the settings can declare such types (`callouts:`), with a title and the look of a known type.
 * Written by hand rather than with remark-github-blockquote-alert or @r4ai/remark-callout: neither
 * tells a custom type from a typo, and here each is reported with its line.
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CALLOUT_ICONS, CALLOUT_TYPES, calloutType, type CalloutType } from './callout-types';

/** A type the settings add, e.g. `decision: { title: Decision, like: note }`. */
export interface DeclaredCallout {
  title: string;
  /** The known type whose colour and icon it takes. */
  like: CalloutType;
}

export type DeclaredCallouts = Readonly<Record<string, DeclaredCallout>>;

/** A type that is neither known nor declared, where it is used. */
export interface CustomCallout {
  /** In lower case, e.g. `warn`. */
  type: string;
  line: number;
  column: number;
}

export interface CalloutOptions {
  declared?: DeclaredCallouts;
  custom: CustomCallout[];
}

/** What a written type renders as: its `data-callout`, icon and default title, and whether it is custom. */
export interface CalloutKind {
  name: string;
  icon: CalloutType;
  title: string;
  custom: boolean;
}

export function calloutKind(written: string, declared: DeclaredCallouts = {}): CalloutKind {
  const known = calloutType(written);
  if (known) return { name: known, icon: known, title: CALLOUT_TYPES[known].title, custom: false };
  const lower = written.toLowerCase();
  const own = Object.hasOwn(declared, lower) ? declared[lower] : undefined;
  if (own) return { name: own.like, icon: own.like, title: own.title, custom: false };
  // Obsidian titles a custom type by its name, capitalised, and draws it as a note.
  return { name: lower, icon: 'note', title: written.charAt(0).toUpperCase() + written.slice(1), custom: true };
}

const MARKER = /^\[!([^\]\s]+)\]([+-]?)[ \t]*/;

export function remarkCallouts(options: CalloutOptions) {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      const text = first?.type === 'paragraph' ? first.children[0] : undefined;
      const marker = text?.type === 'text' ? MARKER.exec(text.value) : null;
      if (!first || first.type !== 'paragraph' || !text || text.type !== 'text' || !marker) return;
      const kind = calloutKind(marker[1]!, options.declared);
      if (kind.custom) {
        const start = text.position?.start;
        options.custom.push({ type: kind.name, line: start?.line ?? 0, column: start?.column ?? 0 });
      }
      text.value = text.value.slice(marker[0].length);
      const { title, rest } = splitFirstLine(first.children);
      const body = rest.length > 0 ? [{ ...first, children: rest }] : [];
      makeCallout(node, kind, title, [...body, ...node.children.slice(1)], marker[2] as '' | '+' | '-');
    });
  };
}

/**
 * Turns a blockquote (or another tool's admonition) into the callout: its title, or the type's
 * when it has none, then its body. `-` folds it closed and `+` open.
 */
export function makeCallout(
  node: Blockquote | ContainerDirective,
  kind: CalloutKind,
  written: PhrasingContent[],
  body: (BlockContent | DefinitionContent)[],
  fold: '' | '+' | '-',
) {
  const title: PhrasingContent[] = written.length > 0 ? written : [{ type: 'text', value: kind.title }];
  const foldable = fold !== '';
  const heading: Paragraph = {
    type: 'paragraph',
    data: { hName: foldable ? 'summary' : 'p', hProperties: { className: ['callout-title'] } },
    children: [icon(kind.icon), ...title],
  };
  node.children = [heading, ...body];
  // An <aside> in the article would be a complementary landmark; a callout is a note, named by its title.
  const named = foldable ? { open: fold === '+' } : { role: 'note', ariaLabel: toString(heading).trim() };
  node.data = { hName: foldable ? 'details' : 'aside', hProperties: { className: ['callout'], dataCallout: kind.name, ...named } };
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
