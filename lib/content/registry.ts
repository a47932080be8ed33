/**
 * The registry stage: the set of notes by slug, alias and former slug, with duplicate slugs, clashing
 * aliases and former slugs that are not free reported.
 */
import { buildLinkTable, normalizeName, resolveName, type LinkTable, type Resolution } from './link-table';
import { frontmatterLine, type ParsedNote } from './parse';
import type { Slug } from './paths';
import { nearest } from './nearest';
import type { ContentProblem } from './problems';

export interface NoteRegistry {
  bySlug: ReadonlyMap<Slug, ParsedNote>;
  /** A wiki-link target (file name, path, slug, alias or title, any case) → the note's slug, when it names one note. */
  resolve(target: string): Slug | undefined;
  /** A link target as written in the note at `fromPath`: Obsidian's resolution, former slugs and ambiguity included (link-table.ts). */
  lookup(target: string, fromPath?: string): Resolution;
  /** A file's path in the content folder (`handbook/ci.md`) → its note's slug. */
  byPath(relativePath: string): Slug | undefined;
  /** A former slug (`moved-from`) → the slug of the note it was renamed to. */
  renamed(target: string): Slug | undefined;
  /** Every name a wiki-link may use → its notes: the table `lookup` reads, which the site model carries to the pages. */
  table: LinkTable;
  /** The nearest known slug or alias, for "did you mean" hints. */
  suggest(target: string): string | undefined;
  /**
   * How an unlabeled wiki-link's target reads in plain text (backlink contexts, previews): a slug
   * or a former slug as that note's title; undefined for an alias, which reads as written.
   */
  titleOf(target: string): string | undefined;
}

/**
 * `strict` (our notes): an alias that another note's slug or alias already holds is an error. A
 * team's vault may share a name between notes, as Obsidian allows; a link using it is then
 * resolved, or reported as ambiguous, by the link table.
 */
export function buildRegistry(
  notes: readonly ParsedNote[],
  { strict = true } = {},
): { registry: NoteRegistry; problems: ContentProblem[] } {
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
        if (!strict) return;
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
  const table = buildLinkTable(
    [...bySlug.values()].map((note) => ({
      slug: note.slug,
      path: note.relativePath,
      aliases: note.frontmatter.aliases,
      title: note.frontmatter.title,
      movedFrom: [...formerSlugs].filter(([, slug]) => slug === note.slug).map(([former]) => former),
    })),
  );
  const names = [...byKey.keys()];
  let suggestions = 0;
  return {
    problems,
    registry: {
      bySlug,
      resolve: (target) => {
        const found = resolveName(table, target);
        return found.former ? undefined : found.slug;
      },
      lookup: (target, fromPath) => resolveName(table, target, fromPath),
      byPath: (relativePath) => paths.get(relativePath),
      renamed: (target) => formerSlugs.get(target.trim().toLowerCase()),
      table,
      // A hint costs a pass over every name: a vault with thousands of broken links gets hints for the first ones only, so checking stays linear.
      suggest: (target) => (++suggestions > MAX_SUGGESTIONS ? undefined : nearest(target.toLowerCase(), names)),
      titleOf: (target) => {
        // A slug, a path or a former slug reads as the note's title; a file name or an alias reads as written.
        const found = resolveName(table, target);
        const name = normalizeName(target);
        const asTitle = found.slug && (found.former || target.trim() === found.slug || name.includes('/'));
        return asTitle ? bySlug.get(found.slug!)?.frontmatter.title : undefined;
      },
    },
  };
}

/** "Did you mean" hints per build: each is a pass over every name. */
const MAX_SUGGESTIONS = 200;

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
