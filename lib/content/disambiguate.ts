/**
 * Imported docs often hold two files of one name in different folders (`automl/settings.md`,
 * `autorag/settings.md`). Our own notes treat that as an error (a slug names one note), but a
 * team importing its docs as they are gets both: each such file's slug is prefixed with its
 * folders (`automl-settings`), and a relative link still finds it by path.
 */
import { slugOfName } from './note-place';
import type { ParsedNote } from './parse';
import { asSlug } from './paths';

export interface DisambiguatedNote {
  file: string;
  from: string;
  to: string;
}

export function disambiguateSlugs(notes: ParsedNote[]): DisambiguatedNote[] {
  const bySlug = new Map<string, ParsedNote[]>();
  for (const note of notes) bySlug.set(note.slug, [...(bySlug.get(note.slug) ?? []), note]);
  const changed: DisambiguatedNote[] = [];
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    for (const note of group) {
      // A folder's README is named after its folder already: its prefix is the folders above it.
      const folders = note.relativePath.split('/').slice(0, note.role === 'folder-intro' ? -2 : -1);
      if (folders.length === 0) continue;
      const slug = asSlug(slugOfName(`${folders.join('-')}-${note.slug}`));
      changed.push({ file: note.file, from: note.slug, to: slug });
      note.slug = slug;
    }
  }
  return changed;
}
