/**
 * Links between Markdown files as GitHub renders them, `[x](../other/note.md#part)`, become
 * links to the notes those files are, so they are checked and counted like wiki-links. The link
 * keeps the file's path (`data-note-path`): the registry and the page find the note by it, since
 * two files of one name in different folders get different slugs. So this needs only the
 * linking note's own path, and a compiled note still depends on nothing but itself.
 */
import path from 'node:path';
import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isNoteFile, notePlace } from '../../note-place';
import { decodeAnchor, noteHref } from '../../paths';

declare module 'mdast' {
  interface LinkData {
    /** The address as written, for messages about a link this plugin rewrote. */
    writtenUrl?: string;
    /** The linked file's path in the content folder, e.g. `handbook/ci.md`. */
    notePath?: string;
    /** A relative link to a file the site does not publish (not a note). */
    unpublished?: boolean;
  }
  interface DefinitionData {
    writtenUrl?: string;
    notePath?: string;
    unpublished?: boolean;
  }
}

export interface RelativeNoteLink {
  /** The note's address as the file's name alone would make it; the page corrects it by `path`. */
  href: string;
  /** The linked file's path in the content folder; absent for the home page. */
  path?: string;
}

/** The site address for a relative link to a Markdown file, or undefined when it is not one. */
export function relativeNoteHref(url: string, fromRelativePath: string): string | undefined {
  return relativeNoteLink(url, fromRelativePath)?.href;
}

export function relativeNoteLink(url: string, fromRelativePath: string): RelativeNoteLink | undefined {
  if (!isRelativeFileLink(url)) return undefined;
  const [address = '', anchor] = url.split('#', 2);
  const written = address.split('?')[0] ?? '';
  // A link to a folder, as GitHub shows it, is a link to the folder's README.
  const file = written.endsWith('/') ? `${written}README.md` : written;
  if (!isNoteFile(file)) return undefined;
  const decoded = decodeAnchor(file);
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(fromRelativePath), decoded));
  // A file outside the content folder is no note: keep its name, so the checker reports it as missing.
  const outside = resolved.startsWith('../');
  const place = notePlace(resolved.replace(/^(\.\.\/)+/, '../'));
  if (place.role === 'home' && !outside) return { href: anchor ? `/#${anchor}` : '/' };
  const href = noteHref(outside ? `outside-content-${place.slug}` : place.slug, anchor ? decodeAnchor(anchor) : undefined);
  return { href, path: resolved };
}

/** A link to a file by a relative path (`../x.md`, `./diagram.drawio`, `@handle`), not an address, an anchor or a site path. */
export function isRelativeFileLink(url: string): boolean {
  return url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#') && !url.startsWith('?');
}

export function remarkRelativeLinks(options: { relativePath: string }) {
  return (tree: Root) => {
    visit(tree, ['link', 'definition'], (node) => {
      const link = node as Link | Definition;
      const target = relativeNoteLink(link.url, options.relativePath);
      if (!target) {
        // Any other file (`./diagram.drawio`, `@someone`, `name@example.com`) is not published: such a link leads nowhere.
        if (isRelativeFileLink(link.url))
          link.data = { ...link.data, writtenUrl: link.url, unpublished: true, ...{ hProperties: { dataUnpublished: 'true' } } };
        return;
      }
      link.data = {
        ...link.data,
        writtenUrl: link.url,
        ...(target.path ? { notePath: target.path, hProperties: { dataNotePath: target.path } } : {}),
      };
      link.url = target.href;
    });
  };
}
