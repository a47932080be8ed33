/**
 * Records Markdown links to the site's own pages other than notes (`[the explorer](/sagas/)`),
 * with their place, so the build can refuse a link to a page this wiki does not write. Note
 * links (`/notes/…`) are remark-collect-links' job.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseNoteHref } from '../../paths';

export interface CollectedPageLink {
  /** As written, e.g. `/sagas/?communication=async`. */
  href: string;
  line: number;
  column: number;
}

export function remarkCollectPageLinks(options: { sink: CollectedPageLink[] }) {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      const start = node.position?.start;
      if (!start || !node.url.startsWith('/') || node.url.startsWith('//') || parseNoteHref(node.url)) return;
      options.sink.push({ href: node.url, line: start.line, column: start.column });
    });
  };
}
