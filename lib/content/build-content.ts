/**
 * The thin orchestrator: load → parse and validate → register → compile → diagrams → derive links.
 * Each stage is its own module; this file only calls them in order, gathers every problem,
 * and logs how long each stage took.
 */
import path from 'node:path';
import pLimit from 'p-limit';
import { compileNote, type CompileExtensions } from './compile';
import { cacheKey, compilerFingerprint, type CompileCache } from './compile-cache';
import { checkPageLinks } from './check-page-links';
import { checkSagaFacts, checkSagaSettings } from './check-sagas';
import { backlinksOf, deriveLinks, type CompiledEntry } from './derive-links';
import { loadSources } from './load';
import { parseSource, type ParsedNote } from './parse';
import type { ContentProblem } from './problems';
import { buildRegistry } from './registry';
import { assembleSite, type Site } from './site-model';
import type { Area } from '../config/schema';
import { ensureDiagrams, type EnsureDiagramsOptions } from '../diagrams/ensure-diagrams';

export interface BuildContentOptions {
  projectRoot: string;
  /** Defaults to `<projectRoot>/content`. */
  contentDir?: string;
  areas: readonly Area[];
  cache: CompileCache;
  extensions?: CompileExtensions;
  /** Stage timings and cache figures; silent by default. */
  log?: (message: string) => void;
  /** Notes compiled at once; compile work is mostly synchronous, so a few suffice. */
  concurrency?: number;
  /** Identifies the compiler in cache keys; defaults to a hash of this project's compile code. */
  fingerprint?: string;
  /**
   * Check every Mermaid diagram and draw the ones not yet in the cache folder. Off when absent:
   * `npm run check` (and so `npm run build`) turns it on; the pages only read the cache.
   */
  diagrams?: EnsureDiagramsOptions;
}

export interface BuildContentResult {
  site?: Site;
  problems: ContentProblem[];
  /** Worth telling, but the site still builds: a diagram left to draw in the browser. */
  warnings: ContentProblem[];
  /** Notes compiled in this run, and notes taken from the cache. */
  stats: { compiled: number; reused: number };
}

export async function buildContent(options: BuildContentOptions): Promise<BuildContentResult> {
  const log = options.log ?? (() => {});
  const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await run();
    log(`${stage.padEnd(8)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
    return result;
  };
  const problems: ContentProblem[] = [];
  const contentDir = options.contentDir ?? path.join(options.projectRoot, 'content');
  const areaIds = options.areas.map((a) => a.id);

  const sources = await timed('load', () => loadSources(contentDir, options.projectRoot));
  const notes = await timed('parse', () =>
    sources.flatMap((source) => {
      const result = parseSource(source, areaIds);
      problems.push(...result.problems);
      return result.note ? [result.note] : [];
    }),
  );
  const { registry, problems: registryProblems } = buildRegistry(notes);
  problems.push(...registryProblems);
  const unique = [...registry.bySlug.values()];
  problems.push(...checkSagaSettings(unique));

  const fingerprint = options.fingerprint ?? compilerFingerprint(process.cwd());
  let hits = 0;
  const compileOne = async (note: ParsedNote): Promise<CompiledEntry> => {
    const key = cacheKey(note.body, fingerprint);
    const cached = await options.cache.get(key);
    if (cached) {
      hits += 1;
      return { note, compiled: cached };
    }
    const result = await compileNote(note, options.extensions);
    if (result.problem) {
      problems.push(result.problem);
      return { note };
    }
    await options.cache.set(key, result.compiled);
    return { note, compiled: result.compiled };
  };
  const limit = pLimit(options.concurrency ?? 4);
  const entries = await timed('compile', () => Promise.all(unique.map((note) => limit(() => compileOne(note)))));
  log(`cache    ${hits}/${unique.length} notes reused`);

  const warnings: ContentProblem[] = [];
  if (options.diagrams) {
    const diagramOptions = options.diagrams;
    const all = entries.flatMap(({ note, compiled }) => (compiled?.diagrams ?? []).map((d) => ({ ...d, file: note.file })));
    // A note that failed to compile lists no diagrams: pruning then would delete its SVGs.
    const prune = Boolean(diagramOptions.prune) && problems.length === 0;
    const drawn = await timed('diagrams', () => ensureDiagrams(all, { ...diagramOptions, prune }));
    problems.push(...drawn.problems);
    warnings.push(...drawn.warnings);
    log(`cache    ${drawn.stats.reused}/${all.length * 2} diagram SVGs reused (light and dark), ${drawn.stats.pruned} unused removed`);
  }

  const derived = await timed('links', () => deriveLinks(entries, registry));
  problems.push(...derived.problems, ...checkSagaFacts(entries));
  const stats = { compiled: unique.length - hits, reused: hits };
  if (problems.length > 0) return { problems, warnings, stats };

  const site = await timed('assemble', () => assembleSite(entries, derived.links, backlinksOf(derived.links), options.areas));
  // Which optional pages exist (saga explorer, reading list, tags) is known only once the site is.
  const pageProblems = checkPageLinks(entries, site);
  if (pageProblems.length > 0) return { problems: pageProblems, warnings, stats };
  return { site, problems, warnings, stats };
}
