/** Stage 3: the set of notes by slug and alias, with duplicate slugs and clashing aliases reported. */
import { frontmatterLine, type ParsedNote } from './parse';
import type { Slug } from './paths';
import { nearest } from './nearest';
import type { ContentProblem } from './problems';

export interface NoteRegistry {
  bySlug: ReadonlyMap<Slug, ParsedNote>;
  /** A wiki-link target (slug or alias, any case) → the note's slug. */
  resolve(target: string): Slug | undefined;
  /** The nearest known slug or alias, for "did you mean" hints. */
  suggest(target: string): string | undefined;
}

export function buildRegistry(notes: readonly ParsedNote[]): { registry: NoteRegistry; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<Slug, ParsedNote>();
  for (const note of notes) {
    const first = bySlug.get(note.slug);
    if (first) {
      problems.push({ file: note.file, code: 'duplicate-slug', message: `Duplicate slug "${note.slug}": ${first.file} has the same slug`, hint: 'rename one of the files; the slug comes from the file name (a README or index from its folder) and must be unique across areas and formats' });
    } else bySlug.set(note.slug, note);
  }

  const byKey = new Map<string, Slug>();
  for (const slug of bySlug.keys()) byKey.set(slug.toLowerCase(), slug);
  for (const note of bySlug.values()) {
    note.frontmatter.aliases.forEach((alias, index) => {
      const key = alias.toLowerCase();
      const owner = byKey.get(key);
      if (owner && owner !== note.slug) {
        problems.push({ file: note.file, ...frontmatterLine(note, ['aliases', index]), code: 'duplicate-alias', message: `Alias "${alias}" is already the slug or an alias of "${owner}"`, hint: 'an alias must name one note only: remove it from one of the notes' });
      } else byKey.set(key, note.slug);
    });
  }

  const names = [...byKey.keys()];
  return {
    problems,
    registry: {
      bySlug,
      resolve: (target) => byKey.get(target.trim().toLowerCase()),
      suggest: (target) => nearest(target.toLowerCase(), names),
    },
  };
}
