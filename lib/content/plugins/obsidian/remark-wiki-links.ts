/**
 * Turns `[[target]]`, `[[target|label]]`, `[[target#heading]]` (by id or by text, nested as
 * `[[target#part#step]]`), `[[target#^block]]` and `[[#heading]]` (this note) into a `<WikiLink>`
 * element. The target is resolved at render time by the WikiLink component, so a compiled note
 * does not depend on other notes and its cache entry stays valid when they change. A target that
 * names a file rather than a note (`[[spec.pdf]]`) becomes a link to download it.
 */
import type { Link, Root, Text } from 'mdast';
import { isNoteName } from '../../vault-files';
import { matchPosition } from './match-position';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { findAndReplace } from 'mdast-util-find-and-replace';

export const WIKI_LINK_PATTERN = /\[\[([^\]|#\n]*?)(?:#([^\]|\n]+?))?(?:\|([^\]\n]+?))?\]\]/g;

export interface WikiLinkParts {
  target: string;
  anchor?: string;
  label?: string;
}

export function parseWikiLink(match: RegExpExecArray | string[]): WikiLinkParts {
  const [, target = '', anchor, label] = match;
  return { target: target.trim(), ...(anchor ? { anchor: anchor.trim() } : {}), ...(label ? { label: label.trim() } : {}) };
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export function remarkWikiLinks() {
  return (tree: Root) => {
    findAndReplace(tree, [
      WIKI_LINK_PATTERN,
      (...args: unknown[]) => {
        const match = args.slice(0, 4) as string[];
        const info = args.at(-1) as { index: number; input: string; stack: [...unknown[], Text] };
        const { target, anchor, label } = parseWikiLink(match);
        if (!target && !anchor) return false;
        const text = info.stack.at(-1) as Text;
        const element: MdxJsxTextElement | Link = isNoteName(target)
          ? {
              type: 'mdxJsxTextElement',
              name: 'WikiLink',
              attributes: [attribute('target', target), ...(anchor ? [attribute('anchor', anchor)] : [])],
              children: label ? [{ type: 'text', value: label }] : [],
            }
          : {
              type: 'link',
              url: encodeURI(target),
              children: [{ type: 'text', value: label ?? target.split('/').at(-1) ?? target }],
              data: { hProperties: { dataAttachment: '' } },
            };
        const position = matchPosition(text, info.index, match[0]?.length ?? 0);
        if (position) element.position = position;
        return element;
      },
    ]);
  };
}
