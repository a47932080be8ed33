/**
 * HTML inside a `.md` note, read as GitHub reads it: comments stay comments (never shown), real
 * HTML elements (`<details>`, `<kbd>`, `<br>`) render, and anything else in angle brackets, such
 * as the `<T>` of `List<T>`, is text. MDX would take `<T>` for JSX; Markdown notes must not.
 * Runs first in the rehype chain, so headings written in HTML still get ids and are checked.
 */
import type { Element, Nodes, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { htmlTagNames } from 'html-tag-names';
import rehypeRaw from 'rehype-raw';
import { SKIP, visit } from 'unist-util-visit';

/** Markdown's HTML as remark-rehype hands it over (declared by mdast-util-to-hast, which we do not import). */
interface Raw {
  type: 'raw';
  value: string;
  position?: Text['position'];
}

const KNOWN_TAGS = new Set(htmlTagNames);
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^>]*>$/;

/** Whether a raw HTML fragment is markup to render (a known element or several), rather than text. */
export function isMarkup(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.startsWith('<!--')) return true;
  const tags = [...trimmed.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])/g)].map((m) => m[1]?.toLowerCase() ?? '');
  if (tags.length === 0) return false;
  if (TAG.test(trimmed)) return KNOWN_TAGS.has(tags[0] ?? '');
  // An HTML block: markup when it opens with a known element.
  return KNOWN_TAGS.has(tags[0] ?? '');
}

/** MDX's own nodes (wiki-links become `<WikiLink>` elements) pass through the HTML parser untouched. */
const PASS_THROUGH = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

export function rehypeMarkdownHtml() {
  const raw = rehypeRaw({ passThrough: PASS_THROUGH });
  return (tree: Root, file: VFile) => {
    visit(tree, (node: Nodes | Raw, index, parent) => {
      if (node.type !== 'raw' || !parent || index === undefined || isMarkup(node.value)) return;
      const text: Text = { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) };
      parent.children[index] = text;
      return SKIP;
    });
    keepCodeMeta(tree);
    const result = raw(tree, file) as Root;
    restoreCodeMeta(result);
    return result;
  };
}

/**
 * rehype-raw rebuilds every element from HTML, and a fence's meta string (` ```ts title="x.ts" {2}`)
 * lives on the code element's `data`, which HTML has no place for: it crosses as an attribute.
 */
const META = 'dataFenceMeta';

function keepCodeMeta(tree: Root) {
  visit(tree, 'element', (node) => {
    const meta = (node.data as { meta?: unknown } | undefined)?.meta;
    if (node.tagName === 'code' && typeof meta === 'string') node.properties[META] = meta;
  });
}

function restoreCodeMeta(tree: Root) {
  visit(tree, 'element', (node) => {
    const meta = node.properties[META];
    if (node.tagName !== 'code' || typeof meta !== 'string') return;
    delete node.properties[META];
    node.data = { ...node.data, meta } as Element['data'];
  });
}
