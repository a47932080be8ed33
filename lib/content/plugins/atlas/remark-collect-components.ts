/**
 * Records every JSX component a writer put in a note, with its string props and place, so the
 * build can check what a prop names (`<SagaFacts saga="…">` must name a saga variant note)
 * with file and line, before a page renders it. Runs before remark-wiki-links and
 * remark-mermaid, so the `<WikiLink>` and `<Diagram>` elements they generate are not counted.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export interface CollectedComponent {
  name: string;
  /** Props written as plain strings (`saga="epic-saga"`); expressions are left out. */
  props: Record<string, string>;
  line: number;
  column: number;
}

export function remarkCollectComponents(options: { sink: CollectedComponent[] }) {
  return (tree: Root) => {
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const start = element.position?.start;
      if (!element.name || !start) return;
      const props: Record<string, string> = {};
      for (const attribute of element.attributes)
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') props[attribute.name] = attribute.value;
      options.sink.push({ name: element.name, props, line: start.line, column: start.column });
    });
  };
}
