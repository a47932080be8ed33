/**
 * Obsidian's inline tags: `#tag` or `#nested/tag` in the text, after a space or at a line's start,
 * becomes a link to its tag page and a tag of the note (the site model adds them to the
 * frontmatter's). Code, links, wiki-links and URLs hold none: they are not text here, or the `#`
 * follows a character (`/#anchor`, `C#`); a heading's own `#` is syntax, not text; `#1984`, all
 * digits, is no tag.
 */
import type { Link, Nodes, Root, Text } from 'mdast';
import { findAndReplace, type RegExpMatchObject } from 'mdast-util-find-and-replace';
import { tagHref } from '../../paths';
import { isTag, tagKey, TAG_CHARACTERS } from './tags';

const INLINE_TAG = new RegExp(`(^|\\s)#(${TAG_CHARACTERS}+)`, 'gu');

/** Where a tag cannot be: inside links, and inside what remark-wiki-links and remark-embeds made. */
const IGNORED = ['link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement'];

export function remarkInlineTags(options: { sink: string[] }) {
  return (tree: Root) => {
    findAndReplace(
      tree,
      [
        INLINE_TAG,
        (whole: string, before: string, written: string, match: RegExpMatchObject) => {
          // A trailing `/` or `-` ends a sentence more often than it belongs to the tag.
          const tag = written.replace(/[/-]+$/, '');
          if (!isTag(tag) || (match.index === 0 && !before && followsInline(match.stack))) return false;
          const key = tagKey(tag);
          if (!options.sink.includes(key)) options.sink.push(key);
          const link: Link = {
            type: 'link',
            url: tagHref(key),
            children: [{ type: 'text', value: `#${tag}` }],
            data: { hProperties: { className: ['tag'] } },
          };
          const rest = written.slice(tag.length);
          return [
            ...(before ? [{ type: 'text', value: before } as Text] : []),
            link,
            ...(rest ? [{ type: 'text', value: rest } as Text] : []),
          ];
        },
      ],
      { ignore: IGNORED },
    );
  };
}

/** Whether the text node starts right after other inline content (`**b**#x`), where a `#` starts no tag. */
function followsInline(stack: readonly Nodes[]): boolean {
  const text = stack.at(-1);
  const parent = stack.at(-2);
  if (!text || !parent || !('children' in parent)) return false;
  const index = (parent.children as Nodes[]).indexOf(text);
  const previous = index > 0 ? (parent.children as Nodes[])[index - 1] : undefined;
  return previous !== undefined && previous.type !== 'break';
}
