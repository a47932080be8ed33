/**
 * The registry stage: the set of notes by slug, alias and former slug, with duplicate slugs, clashing
 * aliases and former slugs that are not free reported.
 */
import { frontmatterLine, type ParsedNote } from './parse';
import type { Slug } from './paths';
import { nearest } from './nearest';
import type { ContentProblem } from './problems';

export interface NoteRegistry {
  bySlug: ReadonlyMap<Slug, ParsedNote>;
  /** A wiki-link target (slug or alias, any case) → the note's slug. */
  resolve(target: string): Slug | undefined;
  /** A file's path in the content folder (`handbook/ci.md`) → its note's slug. */
  byPath(relativePath: string): Slug | undefined;
  /** A former slug (`moved-from`) → the slug of the note it was renamed to. */
  renamed(target: string): Slug | undefined;
  /** Every name a wiki-link may use (slug, alias or former slug, lower case) → the note's slug: `resolve` and `renamed` in one table. */
  targets: ReadonlyMap<string, Slug>;
  /** The nearest known slug or alias, for "did you mean" hints. */
  suggest(target: string): string | undefined;
  /**
   * How an unlabeled wiki-link's target reads in plain text (backlink contexts, previews): a slug
   * or a former slug as that note's title; undefined for an alias, which reads as written.
   */
  titleOf(target: string): string | undefined;
}

export function buildRegistry(notes: readonly ParsedNote[]): { registry: NoteRegistry; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<Slug, ParsedNote>();
  for (const note of notes) {
    const first = bySlug.get(note.slug);
    if (first) {
      problems.push({
        file: note.file,
        code: 'duplicate-slug',
        message: `Duplicate slug "${note.slug}": ${first.file} has the same slug`,
        hint: 'rename one of the files; the slug comes from the file name (a README or index from its folder) and must be unique across areas and formats',
      });
    } else bySlug.set(note.slug, note);
  }

  const byKey = new Map<string, Slug>();
  for (const slug of bySlug.keys()) byKey.set(slug.toLowerCase(), slug);
  for (const note of bySlug.values()) {
    note.frontmatter.aliases.forEach((alias, index) => {
      const key = alias.toLowerCase();
      const owner = byKey.get(key);
      if (owner && owner !== note.slug) {
        problems.push({
          file: note.file,
          ...frontmatterLine(note, ['aliases', index]),
          code: 'duplicate-alias',
          message: `Alias "${alias}" is already the slug or an alias of "${owner}"`,
          hint: 'an alias must name one note only: remove it from one of the notes',
        });
      } else byKey.set(key, note.slug);
    });
  }

  const formerSlugs = registerFormerSlugs(bySlug, byKey, problems);
  const paths = new Map([...bySlug.values()].map((note) => [note.relativePath, note.slug]));
  const names = [...byKey.keys()];
  return {
    problems,
    registry: {
      bySlug,
      resolve: (target) => byKey.get(target.trim().toLowerCase()),
      byPath: (relativePath) => paths.get(relativePath),
      renamed: (target) => formerSlugs.get(target.trim().toLowerCase()),
      // The registry has made sure a former slug names no live note or alias, so former slugs come second.
      targets: new Map([...formerSlugs, ...byKey]),
      suggest: (target) => nearest(target.toLowerCase(), names),
      titleOf: (target) => {
        const slug = byKey.get(target) === target ? (target as Slug) : formerSlugs.get(target.trim().toLowerCase());
        return slug ? bySlug.get(slug)?.frontmatter.title : undefined;
      },
    },
  };
}

/**
 * Former slugs become redirects, so each must be free: not a live slug (its page would be
 * replaced by a redirect), not another note's alias (a link to it would be ambiguous), and
 * claimed by one note only.
 */
function registerFormerSlugs(
  bySlug: ReadonlyMap<Slug, ParsedNote>,
  byKey: ReadonlyMap<string, Slug>,
  problems: ContentProblem[],
): Map<string, Slug> {
  const formerSlugs = new Map<string, Slug>();
  for (const note of bySlug.values()) {
    note.frontmatter['moved-from'].forEach((former, index) => {
      const where = { file: note.file, ...frontmatterLine(note, ['moved-from', index]), code: 'duplicate-former-slug' as const };
      const live = byKey.get(former);
      const claimant = formerSlugs.get(former);
      if (live === former) {
        const owner = bySlug.get(live)?.file ?? live;
        problems.push({
          ...where,
          message: `Former slug "${former}" is the slug of a live note: ${owner}`,
          hint: 'a former slug must name no note: remove it from "moved-from", or rename that file',
        });
      } else if (live && live !== note.slug) {
        problems.push({
          ...where,
          message: `Former slug "${former}" is an alias of "${live}"`,
          hint: 'a link to it would be ambiguous: remove it from "moved-from" or from that note\'s aliases',
        });
      } else if (claimant === note.slug) {
        problems.push({ ...where, message: `Former slug "${former}" is listed twice`, hint: 'remove one of them' });
      } else if (claimant) {
        problems.push({
          ...where,
          message: `Former slug "${former}" is also claimed by "${claimant}"`,
          hint: 'an old address redirects to one note only: remove it from one of the two "moved-from" lists',
        });
      } else formerSlugs.set(former, note.slug);
    });
  }
  return formerSlugs;
}
