import type { Note, Site } from '@/lib/content/site-model';
import { mdxComponents } from './mdx-components';
import { contentOf } from './note-content';

export function NoteBody({ note, site }: { note: Note; site: Site }) {
  const Content = contentOf(note);
  // A server component, rendered once per page at build: Content is memoised per note.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={mdxComponents(site, note)} />;
}
