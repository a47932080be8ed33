/**
 * What a diagram's Mermaid source means to us: its links to notes and its cache key.
 *
 * Links are written as Mermaid comments, `%% link <node> [[slug]]`, so a note's source stays
 * valid Mermaid for any other renderer (GitHub's preview ignores the comment).
 */
import { createHash } from 'node:crypto';
import { WIKI_LINK_PATTERN, parseWikiLink } from '../content/plugins/obsidian/remark-wiki-links';
import { linkPlaceholder } from './link-placeholder';

export interface DiagramLink {
  /** The flowchart node id or sequence participant id, e.g. `Order`. */
  node: string;
  /** A slug or alias, as in a wiki-link. */
  target: string;
  /** 0-based line inside the diagram source. */
  line: number;
  column: number;
}

const LINK_DIRECTIVE = /^(\s*)%%\s*link\s+([A-Za-z0-9_-]+)\s+(\[\[[^\]]+\]\])\s*$/;

export function diagramLinks(source: string): DiagramLink[] {
  return source.split('\n').flatMap((text, line) => {
    const match = LINK_DIRECTIVE.exec(text);
    const wiki = match?.[3] ? new RegExp(WIKI_LINK_PATTERN.source).exec(match[3]) : null;
    if (!match || !wiki) return [];
    return [{ node: match[2] ?? '', target: parseWikiLink(wiki).target, line, column: (match[1]?.length ?? 0) + 1 }];
  });
}

export function isSequenceDiagram(source: string): boolean {
  return /^\s*sequenceDiagram\b/m.test(source.replace(/^\s*%%.*$/gm, ''));
}

/**
 * The source Mermaid renders: flowchart links become native `click … href` lines; sequence
 * participants are linked after rendering (Mermaid's own participant links need its runtime).
 */
export function mermaidSource(source: string): string {
  if (isSequenceDiagram(source)) return source;
  const clicks = diagramLinks(source).map((l) => `    click ${l.node} href "${linkPlaceholder(l.target)}"`);
  return clicks.length ? `${source.trimEnd()}\n${clicks.join('\n')}\n` : source;
}

/**
 * Cache key: the source and the Mermaid version that drew it (its themes make the palette).
 * `palette` names the way it is drawn (one SVG coloured by CSS variables, diagram-palette.ts), so
 * a file drawn the old way (one per theme) is never read as one.
 */
export function diagramHash(source: string, mermaidVersion: string): string {
  return createHash('sha256').update(`mermaid@${mermaidVersion}\0palette\0${source}`).digest('hex').slice(0, 24);
}
