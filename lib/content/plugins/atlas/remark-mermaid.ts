/**
 * Turns each fenced `mermaid` block into a `<Diagram source="…">` element, taking the italic
 * `*Figure: …*` line right under it as its caption. The element carries only the source: the
 * page looks the SVG up in `diagrams/` by hash, so a compiled note never depends on whether
 * its diagrams were drawn yet, and its compile-cache entry stays valid when they are.
 *
 * `%% link <node> [[slug]]` lines become links to check, like wiki-links in prose.
 */
import type { Code, Paragraph, PhrasingContent, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { diagramLinks } from '../../../diagrams/diagram-source';
import type { CollectedLink } from './remark-collect-links';

export interface CollectedDiagram {
  /** Line of the opening fence, within the body until compile shifts it to the file. */
  line: number;
  source: string;
}

export interface RemarkMermaidOptions {
  diagrams: CollectedDiagram[];
  links: CollectedLink[];
}

const CAPTION = /^Figure\b/;

/** The paragraph after a diagram, when it is a single italic line starting with "Figure". */
function captionOf(node: unknown): PhrasingContent[] | undefined {
  const paragraph = node as Paragraph | undefined;
  if (paragraph?.type !== 'paragraph' || paragraph.children.length !== 1) return undefined;
  const [only] = paragraph.children;
  return only?.type === 'emphasis' && CAPTION.test(toString(only)) ? only.children : undefined;
}

export function remarkMermaid(options: RemarkMermaidOptions) {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const line = node.position?.start?.line ?? 0;
      const caption = captionOf(parent.children[index + 1]);
      options.diagrams.push({ line, source: node.value });
      for (const link of diagramLinks(node.value)) {
        // The source starts on the line after the fence.
        // Backlink context: the node that links, marked as the link's words, in the diagram's caption.
        const where = caption
          ? ` in the diagram "${toString({ type: 'paragraph', children: caption }).replace(/^Figure:\s*/i, '')}"`
          : ' in a diagram';
        options.links.push({
          kind: 'wiki',
          target: link.target,
          line: line + 1 + link.line,
          column: link.column,
          context: [{ text: link.node, link: true }, { text: where }],
          paragraph: false,
        });
      }
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Diagram',
        attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: node.value }],
        // Phrasing children: the Diagram puts them in its <figcaption>.
        children: (caption ?? []) as MdxJsxFlowElement['children'],
        ...(node.position ? { position: node.position } : {}),
      };
      parent.children.splice(index, caption ? 2 : 1, element);
      return [SKIP, index + 1];
    });
  };
}
