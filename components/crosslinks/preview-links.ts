import { parseNoteHref } from '@/lib/content/paths';

/** Which links get a preview: links in the article to another note (wiki-links and Markdown links to /notes/). */
export function notePreviewLink(target: EventTarget | null, basePath: string): { link: HTMLAnchorElement; slug: string } | undefined {
  if (!(target instanceof Element)) return undefined;
  const link = target.closest('a');
  if (!link) return undefined;
  const wiki = link.getAttribute('data-wiki-link');
  if (wiki) return { link, slug: wiki };
  const href = link.getAttribute('href') ?? '';
  const note = href.startsWith(`${basePath}/`) ? parseNoteHref(href.slice(basePath.length)) : undefined;
  return note ? { link, slug: note.slug } : undefined;
}
