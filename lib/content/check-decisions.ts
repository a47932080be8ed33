/**
 * Stage 3b: architecture decision records. A decision is a note in the decisions area with a few
 * more fields; the schema knows their shapes, this stage knows where they may appear and checks
 * what spans notes: supersede links agree in both directions and never go round in a circle, and
 * `applies` names notes that exist.
 */
import { frontmatterLine, type ParsedNote } from './parse';
import type { Slug } from './paths';
import type { ContentProblem } from './problems';
import type { NoteRegistry } from './registry';
import { DECISION_STATUSES, decisionFieldsSchema } from './schema';

const DECISION_KEYS = Object.keys(decisionFieldsSchema.shape) as (keyof typeof decisionFieldsSchema.shape)[];

/** A note the decisions area holds, except the folder's README, which introduces the log. */
export function isDecision(note: Pick<ParsedNote, 'area' | 'role'>, decisionsArea: string): boolean {
  return note.area === decisionsArea && note.role === 'note';
}

/**
 * `unchecked`: files whose frontmatter is already reported invalid. Their stand-in frontmatter
 * says nothing about the writer's fields, so they are neither checked nor compared against.
 */
export function checkDecisions(
  registry: NoteRegistry,
  decisionsArea: string,
  unchecked: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const notes = [...registry.bySlug.values()].filter((note) => !unchecked.has(note.file));
  const decisions = notes.filter((note) => isDecision(note, decisionsArea));
  const known = (other: ParsedNote) => !unchecked.has(other.file);
  return [
    ...notes.filter((note) => !isDecision(note, decisionsArea)).flatMap((note) => fieldsOutsideArea(note, decisionsArea)),
    ...decisions.flatMap((note) => [
      ...requiredFields(note),
      ...supersedeLinks(note, registry, decisionsArea, known),
      ...applies(note, registry),
    ]),
    ...supersedeLoops(decisions),
  ];
}

function fieldsOutsideArea(note: ParsedNote, decisionsArea: string): ContentProblem[] {
  return DECISION_KEYS.filter((key) => note.frontmatter[key] !== undefined).map((key) => ({
    file: note.file,
    ...frontmatterLine(note, [key]),
    code: 'invalid-decision' as const,
    message: `"${key}" is a decision field, but this note is not in the decisions area ("${decisionsArea}")`,
    hint: `move the note into the "${decisionsArea}" folder to make it a decision, or remove "${key}"`,
  }));
}

function requiredFields(note: ParsedNote): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // A missing key has no line of its own: point at the opening "---", where it belongs.
  const top = { file: note.file, line: Math.max(1, note.yamlLineOffset) };
  if (!note.frontmatter.status) {
    problems.push({
      ...top,
      code: 'invalid-decision',
      message: 'Decision has no "status"',
      hint: `add "status:" with one of ${DECISION_STATUSES.join(', ')}`,
    });
  }
  if (!note.frontmatter.date) {
    problems.push({
      ...top,
      code: 'invalid-decision',
      message: 'Decision has no "date"',
      hint: 'add "date:" with the day it was decided, e.g. "date: 2026-03-01"',
    });
  }
  const by = note.frontmatter['superseded-by'];
  if (by && note.frontmatter.status && note.frontmatter.status !== 'superseded') {
    problems.push({
      file: note.file,
      ...frontmatterLine(note, ['superseded-by']),
      code: 'invalid-decision',
      message: `"superseded-by" is set, but the status is "${note.frontmatter.status}"`,
      hint: 'a replaced decision has "status: superseded"; or remove "superseded-by"',
    });
  }
  return problems;
}

/** Both directions must agree: A `supersedes` B exactly when B is `superseded-by` A. */
function supersedeLinks(
  note: ParsedNote,
  registry: NoteRegistry,
  decisionsArea: string,
  known: (other: ParsedNote) => boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const target = (slug: string, path: (string | number)[]) => {
    const where = { file: note.file, ...frontmatterLine(note, path) };
    const other = registry.bySlug.get(slug as Slug);
    const key = String(path[0]);
    if (!other) {
      const suggestion = registry.renamed(slug) ?? registry.suggest(slug);
      problems.push({
        ...where,
        code: 'unknown-decision',
        message: `"${key}" names a note that does not exist: "${slug}"`,
        ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
      });
    } else if (!isDecision(other, decisionsArea) && known(other)) {
      problems.push({
        ...where,
        code: 'unknown-decision',
        message: `"${key}" names "${slug}", which is not a decision`,
        hint: `only notes in the "${decisionsArea}" folder are decisions`,
      });
    } else return { where, other };
    return undefined;
  };
  (note.frontmatter.supersedes ?? []).forEach((slug, index) => {
    const found = target(slug, ['supersedes', index]);
    if (found && known(found.other) && found.other.frontmatter['superseded-by'] !== note.slug) {
      problems.push({
        ...found.where,
        code: 'invalid-decision',
        message: `Supersedes "${slug}", but "${slug}" does not say "superseded-by: ${note.slug}"`,
        hint: `add "superseded-by: ${note.slug}" and "status: superseded" to ${found.other.file}`,
      });
    }
  });
  const by = note.frontmatter['superseded-by'];
  const found = by ? target(by, ['superseded-by']) : undefined;
  if (by && found && known(found.other) && !(found.other.frontmatter.supersedes ?? []).includes(note.slug)) {
    problems.push({
      ...found.where,
      code: 'invalid-decision',
      message: `Superseded by "${by}", but "${by}" does not list "${note.slug}" in "supersedes"`,
      hint: `add "supersedes: [${note.slug}]" to ${found.other.file}`,
    });
  }
  return problems;
}

function applies(note: ParsedNote, registry: NoteRegistry): ContentProblem[] {
  return (note.frontmatter.applies ?? []).flatMap((slug, index) => {
    if (registry.bySlug.has(slug as Slug)) return [];
    const suggestion = registry.renamed(slug) ?? registry.suggest(slug);
    const message = `"applies" names a note that does not exist: "${slug}"`;
    return [
      {
        file: note.file,
        ...frontmatterLine(note, ['applies', index]),
        code: 'unknown-applies' as const,
        message,
        ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
      },
    ];
  });
}

/**
 * Each circle of replacements once, named from its first decision by slug: following the newer
 * decision from each (`superseded-by`, or being named in another's `supersedes`) must end.
 */
function supersedeLoops(decisions: readonly ParsedNote[]): ContentProblem[] {
  const newer = new Map<Slug, Set<Slug>>();
  const add = (older: Slug, replacement: Slug) => newer.set(older, (newer.get(older) ?? new Set()).add(replacement));
  for (const note of decisions) {
    const by = note.frontmatter['superseded-by'];
    if (by) add(note.slug, by as Slug);
    for (const older of note.frontmatter.supersedes ?? []) add(older as Slug, note.slug);
  }
  const bySlug = new Map(decisions.map((note) => [note.slug, note]));
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  const walk = (slug: Slug, path: Slug[]) => {
    const at = path.indexOf(slug);
    if (at >= 0) {
      const loop = path.slice(at);
      const first = [...loop].sort()[0] as Slug;
      const start = loop.indexOf(first);
      const ordered = [...loop.slice(start), ...loop.slice(0, start)];
      const key = ordered.join(' ');
      if (reported.has(key)) return;
      reported.add(key);
      const note = bySlug.get(first);
      if (!note) return;
      const line = frontmatterLine(note, note.frontmatter['superseded-by'] ? ['superseded-by'] : ['supersedes']);
      problems.push({
        file: note.file,
        ...line,
        code: 'supersede-loop',
        message: `Supersede chain loops: ${[...ordered, first].join(' → ')}`,
        hint: 'a decision can only be replaced by a newer one: remove one link of the loop',
      });
      return;
    }
    for (const next of newer.get(slug) ?? []) walk(next, [...path, slug]);
  };
  for (const note of decisions) walk(note.slug, []);
  return problems;
}
