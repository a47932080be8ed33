/**
 * Embeds that embed each other would render forever. A node here is one embeddable part of a note,
 * `slug#heading` (that section) or `slug` (its opening); an embed written inside a part is an
 * edge from that part to the part it shows. A cycle in that graph is the error. Working on
 * sections rather than whole notes lets two notes embed different sections of each other.
 */
import type { CompiledEntry } from './derive-links';
import type { Slug } from './paths';
import type { CollectedHeading } from './plugins/atlas/rehype-collect-headings';
import type { ContentProblem } from './problems';
import { resolveAnchor, type AnchorTargets } from './anchors';
import type { NoteRegistry } from './registry';

interface Edge {
  to: string;
  file: string;
  line: number;
  column: number;
}

export function partKey(slug: string, anchor?: string): string {
  return anchor ? `${slug}#${anchor}` : slug;
}

/** The parts of a note that contain a line: its opening, or every section (and enclosing section) around it. */
export function partsAt(slug: string, headings: readonly CollectedHeading[], line: number): string[] {
  const above = headings.filter((h) => h.line < line);
  if (above.length === 0) return [partKey(slug)];
  // A heading encloses the line unless a heading of the same or a higher rank comes between them.
  return above.filter((h, i) => !above.slice(i + 1).some((later) => later.depth <= h.depth)).map((h) => partKey(slug, h.id));
}

export function embedCycles(
  entries: readonly CompiledEntry[],
  registry: Pick<NoteRegistry, 'lookup'>,
  anchors: ReadonlyMap<Slug, AnchorTargets>,
): ContentProblem[] {
  const edges = new Map<string, Edge[]>();
  for (const { note, compiled } of entries) {
    for (const link of compiled?.links ?? []) {
      if (link.kind !== 'embed' || !compiled) continue;
      const found = link.target === '' ? { slug: note.slug } : registry.lookup(link.target, note.relativePath);
      const to = found.slug ?? found.ambiguous?.[0];
      if (!to) continue;
      const targets = anchors.get(to);
      const anchor = link.anchor && targets ? (resolveAnchor(targets, link.anchor) ?? link.anchor) : link.anchor;
      for (const from of partsAt(note.slug, compiled.headings, link.line)) {
        edges.set(from, [...(edges.get(from) ?? []), { to: partKey(to, anchor), file: note.file, line: link.line, column: link.column }]);
      }
    }
  }
  const problems: ContentProblem[] = [];
  const reported = new Set<string>();
  const done = new Set<string>();
  const walk = (part: string, path: string[], via: Edge[]) => {
    const at = path.indexOf(part);
    if (at >= 0) {
      const cycle = path.slice(at);
      // One report per cycle, whichever part the search entered it by.
      const key = [...cycle].sort().join(' ');
      if (!reported.has(key)) {
        reported.add(key);
        const first = via[at]!;
        problems.push({
          file: first.file,
          line: first.line,
          column: first.column,
          code: 'embed-cycle',
          message: `Embeds form a cycle: ${[...cycle, part].join(' → ')}`,
          hint: 'remove one of these embeds, or link to the section with [[…]] instead',
        });
      }
      return;
    }
    if (done.has(part)) return;
    for (const edge of edges.get(part) ?? []) walk(edge.to, [...path, part], [...via, edge]);
    done.add(part);
  };
  for (const part of edges.keys()) walk(part, [], []);
  return problems;
}
