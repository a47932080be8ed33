/**
 * How a wiki-link finds its note, as Obsidian resolves `[[…]]`: by file name in any case with its
 * spaces (`[[Incident response]]`), by path or the end of one (`[[Design docs/Payments v2]]`), by
 * slug, then by alias, then by title; a renamed note by its former slug. Every name is a key of
 * one map built once, so resolving a link is a lookup and checking every link stays linear.
 *
 * Names are layered: a name that a stronger kind already holds (a file's name over an alias, an
 * alias over a title) is not given to a weaker one. Within a layer a name may fit several notes,
 * as two files `Setup.md` in two folders do: the one in the linking note's folder wins, as in
 * Obsidian; otherwise the link is ambiguous, and the candidates are listed.
 *
 * Plain data (maps of strings), so the site snapshot carries it to the pages, which resolve the
 * same way when they render.
 */
import type { Slug } from './paths';

export interface LinkTable {
  /** Normalized name → the notes it may mean, shortest path first. */
  names: ReadonlyMap<string, readonly Slug[]>;
  /** Former slug (`moved-from`, a permalink's file name) → the note renamed from it. */
  former: ReadonlyMap<string, Slug>;
  /** Each note's folder in the content folder (`design docs`, `` at the top), for "same folder first". */
  folders: ReadonlyMap<Slug, string>;
}

export interface NamedNote {
  slug: Slug;
  /** Path in the content folder, e.g. `Design docs/Payments v2.md`. */
  path: string;
  aliases: readonly string[];
  title: string;
  movedFrom: readonly string[];
}

export interface Resolution {
  slug?: Slug;
  /** Found by a former slug: it resolves, but the writer should name the note as it is now. */
  former?: boolean;
  /** Several notes fit and none is in the linking note's folder: all of them, shortest path first. */
  ambiguous?: readonly Slug[];
}

const NOTE_EXTENSION = /\.mdx?$/i;

/** A link target or a name as a key: trimmed, lower case, `/` between folders, no leading `./` or `/`, no `.md`. */
export function normalizeName(name: string): string {
  return name
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/|\/)+/, '')
    .replace(NOTE_EXTENSION, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** `Design docs/Payments v2.md` → `design docs/payments v2`, `payments v2`: the path and every end of it. */
function pathNames(path: string): string[] {
  const parts = normalizeName(path).split('/');
  return parts.map((_, i) => parts.slice(i).join('/'));
}

export function folderOf(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}

export function buildLinkTable(notes: readonly NamedNote[]): LinkTable {
  const names = new Map<string, Slug[]>();
  // Shorter paths first: when no folder decides, the note nearest the top comes first, as in Obsidian.
  const ordered = [...notes].sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
  const layers: ((note: NamedNote) => string[])[] = [
    (note) => [note.slug, ...pathNames(note.path)],
    (note) => [...note.aliases],
    (note) => [note.title],
  ];
  for (const namesOf of layers) {
    const layer = new Map<string, Slug[]>();
    for (const note of ordered) {
      for (const name of new Set(namesOf(note).map(normalizeName))) {
        if (!name || names.has(name)) continue;
        const slugs = layer.get(name) ?? [];
        if (!slugs.includes(note.slug)) slugs.push(note.slug);
        layer.set(name, slugs);
      }
    }
    for (const [name, slugs] of layer) names.set(name, slugs);
  }
  const former = new Map<string, Slug>();
  for (const note of notes) for (const slug of note.movedFrom) if (!names.has(slug)) former.set(slug, note.slug);
  return { names, former, folders: new Map(notes.map((note) => [note.slug, folderOf(note.path)])) };
}

/** Resolves a link target written in the note at `fromPath` (its path in the content folder). */
export function resolveName(table: LinkTable, target: string, fromPath?: string): Resolution {
  const name = normalizeName(target);
  const candidates = table.names.get(name);
  if (candidates?.length === 1) return { slug: candidates[0]! };
  if (candidates && candidates.length > 1) {
    const folder = fromPath === undefined ? undefined : folderOf(fromPath).toLowerCase();
    const near = candidates.filter((slug) => table.folders.get(slug)?.toLowerCase() === folder);
    return near.length === 1 ? { slug: near[0]! } : { ambiguous: candidates };
  }
  const renamed = table.former.get(name);
  return renamed ? { slug: renamed, former: true } : {};
}
