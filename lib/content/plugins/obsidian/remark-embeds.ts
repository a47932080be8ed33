/**
 * Obsidian's embeds, `![[…]]`, wherever a writer puts them:
 * - an image (`![[diagram.png]]`, `![[diagram.png|240]]`, `![[diagram.png|240x160]]`, or a
 *   description, `![[diagram.png|The flow]]`) becomes a Markdown image, found later like any image
 *   (beside the note, else by name anywhere in the wiki, as Obsidian finds it: resolve-images.ts);
 * - another file (`![[spec.pdf]]`) becomes a download link to it;
 * - a note (`![[Note]]`, `![[Note#Heading]]`, `![[Note#^block]]`) becomes an `<Embed>` element,
 *   resolved when the page renders, so this note's compiled output, cached by its own text, does
 *   not go stale when the embedded note changes. A paragraph of nothing but note embeds becomes
 *   those embeds; one written inside a sentence becomes a link to the part it names.
 * Runs before remark-wiki-links, which would otherwise take the `[[…]]` of `![[…]]`.
 */
import type { Image, Link, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { SKIP, visit } from 'unist-util-visit';
import { IMAGE_EXTENSIONS, isNoteName } from '../../vault-files';
import { matchPosition } from './match-position';

const EMBED = /!\[\[([^\]|#\n]*?)(?:#([^\]|\n]+?))?(?:\|([^\]\n]*?))?\]\]/g;
const SIZE = /^(\d+)(?:x(\d+))?$/;

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/** `![[diagram.png|The flow|240x160]]`: the description and the size, in either order. */
function imageOptions(options: string | undefined): { alt?: string; width?: number; height?: number } {
  const result: { alt?: string; width?: number; height?: number } = {};
  for (const part of (options ?? '').split('|').map((p) => p.trim())) {
    const size = SIZE.exec(part);
    if (size) {
      result.width = Number(size[1]);
      if (size[2]) result.height = Number(size[2]);
    } else if (part) result.alt = part;
  }
  return result;
}

/** A file's name as words, Obsidian's alt text for an image embedded without a description. */
function nameAsWords(target: string): string {
  const name = target.split('/').at(-1) ?? target;
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}

function extensionOf(target: string): string {
  const name = target.split('/').at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function embedNode(target: string, anchor: string | undefined, options: string | undefined): PhrasingContent {
  const url = encodeURI(target);
  if (IMAGE_EXTENSIONS.has(extensionOf(target))) {
    const { alt, width, height } = imageOptions(options);
    const image: Image = { type: 'image', url, alt: alt ?? nameAsWords(target) };
    if (width) image.data = { hProperties: { width, ...(height ? { height } : {}) } };
    return image;
  }
  if (!isNoteName(target)) {
    const link: Link = {
      type: 'link',
      url,
      children: [{ type: 'text', value: options?.trim() || (target.split('/').at(-1) ?? target) }],
      data: { hProperties: { dataAttachment: '' } },
    };
    return link;
  }
  const element: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'Embed',
    attributes: [attribute('target', target.trim()), ...(anchor ? [attribute('anchor', anchor.trim())] : [])],
    children: [],
  };
  return element;
}

const isEmbed = (node: RootContent): node is MdxJsxTextElement => node.type === 'mdxJsxTextElement' && node.name === 'Embed';
const isBlank = (node: RootContent) => node.type === 'break' || (node.type === 'text' && node.value.trim() === '');

export function remarkEmbeds() {
  return (tree: Root) => {
    findAndReplace(tree, [
      EMBED,
      (
        whole: string,
        target: string,
        anchor: string | undefined,
        options: string | undefined,
        match: { index: number; stack: unknown[] },
      ) => {
        if (!target.trim() && !anchor) return false;
        const node = embedNode(target, anchor, options);
        const text = match.stack.at(-1) as Text;
        const position = matchPosition(text, match.index, whole.length);
        if (position) node.position = position;
        return node;
      },
    ]);
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined || !node.children.some(isEmbed)) return;
      if (node.children.every((child) => isEmbed(child) || isBlank(child))) {
        const blocks = node.children
          .filter(isEmbed)
          .map((embed): MdxJsxFlowElement => ({ ...embed, type: 'mdxJsxFlowElement', children: [] }));
        parent.children.splice(index, 1, ...blocks);
        return [SKIP, index + blocks.length];
      }
      // Inside a sentence a block cannot stand: the embed reads as a link to what it names.
      for (const child of node.children) if (isEmbed(child)) child.name = 'WikiLink';
      return undefined;
    });
  };
}
