/**
 * A note's link to a site page this wiki does not write (the saga explorer when no note is a
 * saga variant, the reading list, the tag pages) is a broken link, like a link to a missing note.
 */
import { optionalPages } from '../site/site-links';
import type { CompiledEntry } from './derive-links';
import type { ContentProblem } from './problems';
import type { Site } from './site-model';

export function checkPageLinks(
  entries: readonly CompiledEntry[],
  site: Pick<Site, 'notes' | 'sagas' | 'tags' | 'decisions'>,
): ContentProblem[] {
  const missing = optionalPages(site).filter((page) => !page.enabled);
  return entries.flatMap(({ note, compiled }) =>
    (compiled?.pageLinks ?? []).flatMap((link): ContentProblem[] => {
      const path = link.href.replace(/[?#].*$/, '').replace(/\/?$/, '/');
      const page = missing.find((p) => path.startsWith(p.href));
      if (!page) return [];
      return [
        {
          file: note.file,
          line: link.line,
          column: link.column,
          code: 'broken-link',
          message: `Link to ${link.href}, a page this wiki does not have`,
          hint: `${page.href} exists only when ${page.needs}: remove the link, or add such a note`,
        },
      ];
    }),
  );
}
