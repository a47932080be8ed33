/**
 * The derive-links stage: resolve every collected link against the registry, check targets and #anchors,
 * and turn links around into backlinks. Every problem is reported, not just the first.
 */
import type { CompiledNote } from './compile';
import { frontmatterLine, type ParsedNote } from './parse';
import type { Slug } from './paths';
import type { CollectedLink } from './plugins/atlas/remark-collect-links';
import type { ContentProblem } from './problems';
import { editDistance } from '../edit-distance';
import { embedCycles } from './embed-cycles';
import { nearest } from './nearest';
import type { NoteRegistry } from './registry';
import type { Resolution } from './link-table';
import { resolveAnchor, type AnchorTargets } from './anchors';
import { readSegments } from './text-segments';

export interface CompiledEntry {
  note: ParsedNote;
  /** Missing when the note did not compile; links into it are still checked by slug. */
  compiled?: CompiledNote;
}

export interface ResolvedLink {
  from: Slug;
  to: Slug;
  anchor?: string;
  /** The sentence or list item around the link, with wiki-link targets written as titles. */
  context: string;
  /** Where the link's own words sit in `context` (start, end), for highlighting; absent if unknown. */
  highlight?: [number, number];
  /** An embed (`![[note]]`): the linking page shows the other note's body. */
  embed?: true;
}

export interface DerivedLinks {
  links: ResolvedLink[];
  problems: ContentProblem[];
  /** Links to a former slug: they resolve to the renamed note, but should name it. */
  warnings: ContentProblem[];
}

export function deriveLinks(entries: readonly CompiledEntry[], registry: NoteRegistry): DerivedLinks {
  const anchors = new Map<Slug, AnchorTargets>();
  for (const { note, compiled } of entries) if (compiled) anchors.set(note.slug, compiled);

  const links: ResolvedLink[] = [];
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const { note, compiled } of entries) {
    problems.push(...checkRelated(note, registry));
    for (const link of compiled?.links ?? []) {
      const where = { file: note.file, line: link.line, column: link.column };
      if (link.unpublished) {
        problems.push({
          ...where,
          code: 'broken-link',
          message: `Link to a file the site does not publish: "${link.written}"`,
          hint: 'link to a note (a .md or .mdx file), to an https:// address, or put the file in public/ and link it as /file',
        });
        continue;
      }
      const found: Resolution =
        link.path !== undefined
          ? { slug: registry.byPath(link.path) }
          : link.target === ''
            ? { slug: note.slug }
            : registry.lookup(link.target, note.relativePath);
      if (found.ambiguous) {
        const paths = found.ambiguous.map((slug) => registry.bySlug.get(slug)?.relativePath ?? slug);
        problems.push({
          ...where,
          code: 'ambiguous-link',
          message: `Link "${link.target}" fits ${paths.length} notes: ${paths.join(', ')}`,
          hint: `write its folder too, e.g. [[${paths[0]?.replace(/\.mdx?$/i, '')}]], so the link names one note`,
        });
      }
      // An ambiguous name still leads somewhere where the build goes on (warn mode): to the note nearest the top, as in Obsidian.
      const to = found.slug ?? found.ambiguous?.[0];
      if (to && found.former) {
        // Old links keep working (the page renders the new address), but the writer should update them.
        warnings.push({
          ...where,
          code: 'link-to-former-slug',
          message: `Link to "${link.target}", the former slug of "${to}"`,
          hint: `link to "${to}" instead`,
        });
      }
      if (!to) {
        // A file path written by hand gets a suggestion only when it is a near miss, not any note.
        const suggestion = link.written ? nearMiss(link.target, registry.suggest(link.target)) : registry.suggest(link.target);
        problems.push({
          ...where,
          code: 'broken-link',
          message: link.written
            ? `Link to a file that is not a note here: "${link.written}"`
            : `Link to a note that does not exist: "${link.target}"`,
          ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
        });
        continue;
      }
      const target = registry.bySlug.get(to);
      if (target?.frontmatter.draft && !note.frontmatter.draft) {
        problems.push({
          ...where,
          code: 'broken-link',
          message: `Link to "${to}", which is a draft and will not be published`,
          hint: 'remove the link or publish the note (drop "draft: true" or "publish: false")',
        });
        continue;
      }
      const targets = anchors.get(to);
      const anchor = link.anchor && targets ? resolveAnchor(targets, link.anchor) : link.anchor;
      if (link.anchor && targets && !anchor) {
        problems.push({ ...where, ...brokenAnchor(to, link.anchor, targets) });
        continue;
      }
      if (to !== note.slug) links.push({ from: note.slug, to, ...(anchor ? { anchor } : {}), ...readableContext(link, registry) });
    }
  }
  problems.push(...embedCycles(entries, registry, anchors));
  return { links, problems, warnings };
}

function brokenAnchor(to: Slug, anchor: string, targets: AnchorTargets): Pick<ContentProblem, 'code' | 'message' | 'hint'> {
  const ids = targets.headings.map((h) => h.id);
  const suggestion =
    nearest(anchor, ids) ??
    nearest(
      anchor,
      targets.headings.map((h) => h.text),
    );
  return {
    code: 'broken-anchor',
    message: `Link to a heading that does not exist: "${to}#${anchor}"`,
    hint: suggestion
      ? `did you mean "#${suggestion}"?`
      : ids.length > 0
        ? `"${to}" has no heading with that id or text; its ids are made from the heading's words, e.g. "#${ids[0]}"`
        : `"${to}" has no headings`,
  };
}

function checkRelated(note: ParsedNote, registry: NoteRegistry): ContentProblem[] {
  return note.frontmatter.related.flatMap((slug, index) => {
    if (registry.bySlug.has(slug as Slug)) return [];
    const suggestion = registry.renamed(slug) ?? registry.suggest(slug);
    return [
      {
        file: note.file,
        ...frontmatterLine(note, ['related', index]),
        code: 'unknown-related' as const,
        message: `"related" names a note that does not exist: "${slug}"`,
        ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
      },
    ];
  });
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The context as a reader sees it (a paragraph narrowed to the link's sentence), and where the link's own words are in it. */
function readableContext(link: CollectedLink, registry: NoteRegistry): Pick<ResolvedLink, 'context' | 'highlight'> {
  const { text, highlight } = readSegments(link.context, registry.titleOf);
  if (!highlight) return { context: text.trim() };
  let context = text;
  let [start, end] = highlight;
  if (link.paragraph) {
    const sentence = [...sentences.segment(context)].find(({ index, segment }) => start >= index && start < index + segment.length);
    if (sentence) {
      context = sentence.segment;
      start -= sentence.index;
      end = Math.min(end - sentence.index, context.length);
    }
  }
  const lead = context.length - context.trimStart().length;
  const trimmed = context.trim();
  return { context: trimmed, highlight: [Math.max(0, start - lead), Math.min(trimmed.length, end - lead)] };
}

/** Notes that link to each note, once per linking note, in the order they were found. */
export function backlinksOf(links: readonly ResolvedLink[]): Map<Slug, ResolvedLink[]> {
  const result = new Map<Slug, ResolvedLink[]>();
  for (const link of links) {
    const list = result.get(link.to) ?? [];
    if (!list.some((l) => l.from === link.from)) list.push(link);
    result.set(link.to, list);
  }
  return result;
}

function nearMiss(target: string, suggestion: string | undefined): string | undefined {
  return suggestion && editDistance(target.toLowerCase(), suggestion, 3) <= 3 ? suggestion : undefined;
}
