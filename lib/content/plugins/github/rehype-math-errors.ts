/**
 * TeX that KaTeX cannot read. rehype-katex would render it anyway, with the faulty part in red
 * inside the formula (or KaTeX's error span, whose inline style the pages' Content-Security-Policy
 * refuses), and only tell the file. Runs just before it: each math element KaTeX refuses becomes
 * its source as code, and a warning with its line, so the reader sees what was written and the
 * build goes on. The elements are found as rehype-katex finds them (classes from remark-math).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import { SKIP, visit } from 'unist-util-visit';

export interface CollectedMathError {
  /** KaTeX's reason, e.g. `Undefined control sequence: \frc`. */
  reason: string;
  line: number;
  column: number;
}

const MATH_CLASSES = ['language-math', 'math-display', 'math-inline'];

export function rehypeMathErrors(options: { sink: CollectedMathError[] }) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      if (!classes.some((c) => MATH_CLASSES.includes(String(c))) || !parent || index === undefined) return;
      // A ```math fence and a `$$` block are a <code> in a <pre>: the block is what is replaced.
      const block = parent.type === 'element' && parent.tagName === 'pre' && node.tagName === 'code';
      const source = toString(node);
      const reason = katexError(source, block || classes.includes('math-display'));
      if (reason === undefined) return SKIP;
      const start = node.position?.start ?? (block ? parent.position?.start : undefined);
      options.sink.push({ reason, line: start?.line ?? 0, column: start?.column ?? 0 });
      const code: Element = {
        type: 'element',
        tagName: 'code',
        properties: { className: ['math-error'] },
        children: [{ type: 'text', value: source }],
      };
      if (!block) {
        parent.children[index] = code;
        return SKIP;
      }
      // The <pre> stays, so the source keeps its lines; the class keeps rehype-katex away from it.
      parent.children = [code];
      return SKIP;
    });
  };
}

/** KaTeX's reason for refusing the TeX, or undefined when it renders. */
function katexError(source: string, displayMode: boolean): string | undefined {
  try {
    katex.renderToString(source, { displayMode, output: 'mathml', strict: 'ignore', throwOnError: true });
    return undefined;
  } catch (error) {
    const { rawMessage, message } = error as { rawMessage?: string; message?: string };
    return rawMessage ?? message ?? String(error);
  }
}
