/**
 * Links between Markdown files as GitHub renders them, `[x](../other/note.md#part)`, become
 * links to the notes those files are (`/notes/other-note/#part`), so they are checked and
 * counted like wiki-links. The file's place decides the slug (see note-place.ts), so this needs
 * only the linking note's own path, and a compiled note still depends on nothing but itself.
 */
import path from 'node:path';
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isNoteFile, notePlace } from '../note-place';
import { noteHref } from '../paths';

declare module 'mdast' {
  interface LinkData {
    /** The address as written, for messages about a link this plugin rewrote. */
    writtenUrl?: string;
  }
  interface DefinitionData {
    writtenUrl?: string;
  }
}

/** The site address for a relative link to a Markdown file, or undefined when it is not one. */
export function relativeNoteHref(url: string, fromRelativePath: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return undefined;
  const [address = '', anchor] = url.split('#', 2);
  const file = address.split('?')[0] ?? '';
  if (!isNoteFile(file)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    decoded = file;
  }
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromRelativePath), decoded));
  // A file outside the content folder is no note: keep its name, so the checker reports it as missing.
  const place = notePlace(resolved.replace(/^(\.\.\/)+/, '../'));
  if (place.role === 'home' && !resolved.startsWith('../')) return anchor ? `/#${anchor}` : '/';
  return noteHref(resolved.startsWith('../') ? `outside-content-${place.slug}` : place.slug, anchor ? decodeURIComponent(anchor) : undefined);
}

export function remarkRelativeLinks(options: { relativePath: string }) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      const href = relativeNoteHref(link.url, options.relativePath);
      if (!href) return;
      link.data = { ...link.data, writtenUrl: link.url };
      link.url = href;
    });
  };
}
