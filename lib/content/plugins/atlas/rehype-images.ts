/**
 * Records every image of a note — Markdown `![alt](./x.png)` and MDX `<img src alt />` — and every
 * download an embed offers (`![[spec.pdf]]`, a link marked `data-attachment`), with
 * where it is written and whether it has alt text. `src` is left as written: the compiled note
 * is cached by the note's text alone, so nothing that depends on the image file (its hash, its
 * size) may enter the output. A later stage (resolve-images.ts) reads the files.
 *
 * MDX hands JSX written in a note straight to React, past the `components` map; only elements
 * from Markdown syntax go through it. So an `<img>` whose attributes are all plain values is
 * turned into the element Markdown would have made, and the page's `img` component shows both.
 */
import type { Element, Properties, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export interface CollectedImage {
  /** As the page receives it: Markdown URLs come percent-encoded (`./my%20pic.png`). */
  src: string;
  line: number;
  column: number;
  /**
   * The alt text; absent when there is none. `''` only from MDX's explicit `alt=""` (a
   * decorative image): Markdown's `![](x.png)` cannot say "on purpose", so it counts as none.
   * An `alt={expression}` counts as given.
   */
  alt?: string;
  /** A link to a file offered for download (Obsidian's `![[spec.pdf]]`), not an image. */
  download?: boolean;
}

export function rehypeImages(options: { sink: CollectedImage[] }) {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      // rehype-raw leaves some nodes of a `.md` note a position without a start (the text after a task's checkbox).
      const where = { line: node.position?.start?.line ?? 0, column: node.position?.start?.column ?? 0 };
      if (node.type === 'element' && node.tagName === 'a' && node.properties.dataAttachment !== undefined) {
        const { href } = node.properties;
        if (typeof href === 'string') options.sink.push({ src: href, ...where, download: true });
      } else if (node.type === 'element' && node.tagName === 'img') {
        const { src, alt } = node.properties;
        if (typeof src !== 'string') return;
        options.sink.push({ src, ...where, ...(typeof alt === 'string' && alt.trim() ? { alt } : {}) });
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
        const src = attribute(node, 'src');
        // `src={expression}` is only known when the page renders: nothing to check here.
        if (typeof src !== 'string') return;
        const alt = attribute(node, 'alt');
        options.sink.push({ src, ...where, ...(alt === undefined ? {} : { alt: typeof alt === 'string' ? alt : `{${alt.value}}` }) });
        const properties = plainProperties(node);
        if (properties && parent && index !== undefined) {
          const element: Element = {
            type: 'element',
            tagName: 'img',
            properties,
            children: [],
            ...(node.position ? { position: node.position } : {}),
          };
          parent.children[index] = element;
        }
      }
    });
  };
}

/** The attributes as hast properties, or undefined when one is an expression or a `{...spread}`. */
function plainProperties(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): Properties | undefined {
  const properties: Properties = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string')) return undefined;
    properties[a.name] = a.value ?? true;
  }
  return properties;
}

function attribute(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, name: string) {
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === name) return a.value ?? '';
  return undefined;
}
