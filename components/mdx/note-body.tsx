import { getMDXComponent } from 'mdx-bundler/client';
import type { Note, Site } from '@/lib/content/site-model';
import { mdxComponents } from './mdx-components';

type MdxContent = ReturnType<typeof getMDXComponent>;
const evaluated = new WeakMap<Note, MdxContent>();

/** Evaluates a note's compiled MDX once per build process; the MDX code never reaches the browser. */
function contentOf(note: Note): MdxContent {
  let content = evaluated.get(note);
  if (!content) {
    content = getMDXComponent(note.code);
    evaluated.set(note, content);
  }
  return content;
}

export function NoteBody({ note, site }: { note: Note; site: Site }) {
  const Content = contentOf(note);
  // A server component, rendered once per page at build: Content is memoised per note above.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={mdxComponents(site, note)} />;
}
