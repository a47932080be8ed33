/**
 * The diagrams stage, after compile: every diagram of every note is in the cache folder, or is
 * drawn now (all missing ones in one browser session), or is reported. A diagram Mermaid
 * cannot parse is an error at its file and line; one that cannot be drawn for want of a
 * browser is a warning, and its page falls back to drawing it in the reader's browser.
 */
import { existsSync } from 'node:fs';
import type { ContentProblem } from '../content/problems';
import type { RenderDiagrams } from './browser-renderer';
import type { DiagramCache } from './diagram-cache';

export interface DiagramAt {
  file: string;
  line: number;
  source: string;
}

export interface EnsureDiagramsOptions {
  cache: DiagramCache;
  /** Creates the renderer on first need; returns undefined when there is no browser. */
  renderer: () => RenderDiagrams | undefined | Promise<RenderDiagrams | undefined>;
  /**
   * Delete cached SVGs no diagram uses any more (an edited diagram leaves its old ones), so the
   * committed folder holds exactly the site's diagrams. Only for a run over all the content.
   */
  prune?: boolean;
}

export interface EnsureDiagramsResult {
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** Diagrams Mermaid cannot draw, source → its message: a lenient build shows them as code with it. */
  invalid: Map<string, string>;
  stats: { rendered: number; reused: number; pruned: number };
}

export async function ensureDiagrams(diagrams: readonly DiagramAt[], options: EnsureDiagramsOptions): Promise<EnsureDiagramsResult> {
  // Each diagram's file, named once: whether it exists, and what pruning keeps.
  const wanted = diagrams.map((diagram) => ({ diagram, file: options.cache.file(diagram.source) }));
  const missing = wanted.filter(({ file }) => !existsSync(file));
  const result: EnsureDiagramsResult = {
    problems: [],
    warnings: [],
    invalid: new Map(),
    stats: { rendered: 0, reused: wanted.length - missing.length, pruned: 0 },
  };
  if (options.prune) result.stats.pruned = await options.cache.prune(new Set(wanted.map(({ file }) => file)));
  if (missing.length === 0) return result;

  const render = await options.renderer();
  if (!render) {
    for (const { diagram } of missing) {
      result.warnings.push({
        file: diagram.file,
        line: diagram.line,
        code: 'diagram-not-drawn',
        message: "Diagram not in diagrams/ and no browser to draw it: the page will draw it in the reader's browser",
        hint: 'run `npm run check` on a machine with Chromium and commit diagrams/',
      });
    }
    return result;
  }
  // The same source may appear twice (or in two notes): draw it once.
  const jobs = new Map<string, { source: string; at: DiagramAt[] }>();
  for (const { diagram } of missing) {
    const job = jobs.get(diagram.source) ?? { source: diagram.source, at: [] };
    job.at.push(diagram);
    jobs.set(diagram.source, job);
  }
  const list = [...jobs.values()];
  const outcomes = await render(list);
  for (const [index, job] of list.entries()) {
    const outcome = outcomes[index];
    if (outcome?.svg) {
      await options.cache.write(job.source, outcome.svg);
      result.stats.rendered += 1;
      continue;
    }
    result.invalid.set(job.source, outcome?.error ?? 'no result');
    for (const at of job.at) {
      result.problems.push({
        file: at.file,
        line: at.line + mermaidLine(outcome?.error),
        code: 'invalid-diagram',
        message: `Mermaid cannot draw this diagram: ${outcome?.error ?? 'no result'}`,
        hint: 'try the diagram at https://mermaid.live to see where it goes wrong',
      });
    }
  }
  return result;
}

/** Mermaid says "Parse error on line 3" counting from the diagram's first line, after the fence. */
function mermaidLine(error = ''): number {
  const match = /on line (\d+)/.exec(error);
  return match ? Number(match[1]) : 0;
}
