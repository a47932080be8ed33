/**
 * Code blocks as writers of docs expect them: ```` ```ts title="lib/retry.ts" {2,4-6} ```` gets
 * its title, its language and its marked lines, and every block a copy button. The block becomes a
 * `<CodeBlock title language>` element around the `<pre>`; the component draws the header and the
 * button (components/code/code-block.tsx). Marked lines are `<mark class="code-line">`.
 *
 * Runs after rehype-highlight and works on its output, instead of replacing it with
 * rehype-pretty-code: that brings Shiki, its grammars and its themes (megabytes, and seconds
 * per build for 80 notes) for what a small pass over highlight.js's spans does here.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export interface CodeMeta {
  title?: string;
  /** 1-based line numbers to mark. */
  marked: Set<number>;
}

/**
 * Reads `title="…"` (or `'…'`) and `{2,4-6}` from a fence's meta string. Marked lines are kept
 * to the block's `lineCount` lines, so `{1-10000000}` costs no more than the block has lines.
 */
export function parseCodeMeta(meta: string | undefined, lineCount: number): CodeMeta {
  const title = /title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const ranges = /\{([\d,\s-]+)\}/.exec(meta ?? '')?.[1] ?? '';
  const marked = new Set<number>();
  for (const range of ranges.split(',')) {
    const [from, to = from] = range.split('-').map((n) => Number(n.trim()));
    if (!from || !to) continue;
    for (let line = from; line <= Math.min(to, lineCount); line += 1) marked.add(line);
  }
  const text = title?.[1] ?? title?.[2];
  return { ...(text ? { title: text } : {}), marked };
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const code =
        node.tagName === 'pre' ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code') : undefined;
      if (!code || !parent || index === undefined) return;
      // mdast-util-to-hast keeps the fence's meta string on the code element's data.
      const meta = (code.data as { meta?: unknown } | undefined)?.meta;
      const { title, marked } = parseCodeMeta(typeof meta === 'string' ? meta : undefined, lineCount(code));
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);
      if (marked.size > 0) code.children = markLines(code.children, marked);
      // A long line scrolls sideways on small screens; focusable, the block scrolls with the keyboard too.
      node.properties.tabIndex = 0;
      const block: MdxJsxFlowElementHast = {
        type: 'mdxJsxFlowElement',
        name: 'CodeBlock',
        attributes: [
          ...(title ? [attribute('title', title)] : []),
          ...(language && language !== 'text' ? [attribute('language', language)] : []),
        ],
        children: [node],
      };
      parent.children.splice(index, 1, block as unknown as ElementContent);
      return SKIP;
    });
  };
}

/** The lines of a block's code, as `{…}` counts them. */
function lineCount(code: Element): number {
  return toString(code).replace(/\n$/, '').split('\n').length;
}

/** Wraps the marked lines in `<mark>`, keeping the newlines between lines as text so copied code is unchanged. */
function markLines(children: ElementContent[], marked: Set<number>): ElementContent[] {
  return splitLines(children).flatMap((line, i) => {
    const content: ElementContent[] =
      marked.has(i + 1) && line.length > 0
        ? [{ type: 'element', tagName: 'mark', properties: { className: ['code-line'] }, children: line }]
        : line;
    return i === 0 ? content : [{ type: 'text', value: '\n' }, ...content];
  });
}

/** The content of each line; a highlight span that runs over several lines is cut into one per line. */
function splitLines(nodes: ElementContent[]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  const add = (node: ElementContent) => lines.at(-1)!.push(node);
  for (const node of nodes) {
    if (node.type === 'text') {
      node.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) add({ type: 'text', value: part });
      });
    } else if (node.type === 'element') {
      splitLines(node.children).forEach((children, i) => {
        if (i > 0) lines.push([]);
        if (children.length > 0) add({ ...node, children });
      });
    } else add(node);
  }
  return lines;
}
