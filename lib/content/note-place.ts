/**
 * Where a file sits in the content folder decides what it is: its slug, its area, its format,
 * and whether it is a note or a folder's introduction (`README.md` / `index.md`, as GitHub and
 * most docs tools read them). One module, so the loader and the relative-link plugin agree.
 */
import slugify from '@sindresorhus/slugify';
import { asSlug, SLUG_PATTERN, type Slug } from './paths';

export type NoteFormat = 'md' | 'mdx';

/**
 * `note`: an ordinary note. `folder-intro`: a folder's README or index, a note named after the
 * folder (and, directly under an area folder, that area's introduction). `home`: the content
 * folder's own README or index, shown on the home page.
 */
export type NoteRole = 'note' | 'folder-intro' | 'home';

export interface NotePlace {
  slug: Slug;
  /** Area id: the first folder, slugged; `ROOT_AREA` for files directly in the content folder. */
  area: string;
  /** The first folder as written, e.g. `Team Handbook`, for an area's default title. */
  areaFolder: string;
  role: NoteRole;
  format: NoteFormat;
}

/** The area of notes that sit directly in the content folder. */
export const ROOT_AREA = 'general';

const NOTE_FILE = /\.(mdx?)$/i;
const INTRO_NAMES = new Set(['readme', 'index']);

export function isNoteFile(relativePath: string): boolean {
  return NOTE_FILE.test(relativePath);
}

/** A file or folder name as a slug: kept when it already is one, else slugged (`Team_Handbook` → `team-handbook`). */
export function slugOfName(name: string): string {
  return SLUG_PATTERN.test(name) ? name : slugify(name);
}

/** `sagas/epic-saga.mdx` → slug `epic-saga` in area `sagas`; `handbook/onboarding/README.md` → slug `onboarding`. */
export function notePlace(relativePath: string): NotePlace {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  const file = parts.at(-1) ?? '';
  const format: NoteFormat = file.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  const name = file.replace(NOTE_FILE, '');
  const folders = parts.slice(0, -1);
  const areaFolder = folders[0] ?? '';
  const area = areaFolder ? slugOfName(areaFolder) : ROOT_AREA;
  if (INTRO_NAMES.has(name.toLowerCase())) {
    const folder = folders.at(-1);
    return folder
      ? { slug: asSlug(slugOfName(folder)), area, areaFolder, role: 'folder-intro', format }
      : { slug: asSlug('index'), area, areaFolder, role: 'home', format };
  }
  return { slug: asSlug(slugOfName(name)), area, areaFolder, role: 'note', format };
}

/** A folder name as a title: `team-handbook` → "Team handbook". */
export function titleFromName(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
