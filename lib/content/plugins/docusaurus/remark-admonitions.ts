/**
 * Other tools' admonitions become the same callouts as `> [!NOTE]`: Docusaurus's and
 * Starlight's `:::tip[Title]` or `:::danger{title="x"}` … `:::`, and VitePress's `::: details`
 * (folded, as there). `:::tip Title` and `::: tip Title` are read by admonition-titles.ts first.
 *
 * Only the container construct of micromark-extension-directive is taught to the parser: its
 * text and leaf directives would take `10:30`, `Re:Invent` or a line starting `::name` in
 * ordinary prose for directives (and a leaf directive splits the paragraph it sits in), so no
 * text of an existing note could be trusted to stay as written.
 */
import type { PhrasingContent, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Construct, Extension } from 'micromark-util-types';
import type {} from 'remark-parse';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { calloutKind, makeCallout, type CalloutKind, type CalloutOptions } from '../obsidian/remark-callouts';

const COLON = 58;

// The container construct is the `concrete` one (it holds its lines, as a code fence does); the leaf one is not.
const containers = ([] as Construct[]).concat(directive().flow?.[COLON] ?? []).filter((c) => c.concrete);
const syntax: Extension = { flow: { [COLON]: containers } };

/** VitePress's `::: details` is a folded block, titled "Details" unless it has a title. */
const DETAILS: CalloutKind = { name: 'details', icon: 'note', title: 'Details', custom: false };

export function remarkAdmonitions(this: Processor, options: CalloutOptions) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(syntax);
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node) => {
      const [first, ...rest] = node.children;
      const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first.children : undefined;
      const attribute = node.attributes?.title;
      const title: PhrasingContent[] = label ?? (attribute ? [{ type: 'text', value: attribute }] : []);
      const details = node.name.toLowerCase() === 'details';
      const kind = details ? DETAILS : calloutKind(node.name, options.declared);
      if (kind.custom) {
        const start = node.position?.start;
        options.custom.push({ type: kind.name, line: start?.line ?? 0, column: start?.column ?? 0 });
      }
      makeCallout(node, kind, title, label ? rest : node.children, details ? '-' : '');
    });
  };
}
