/**
 * The thin orchestrator: load → parse and validate → areas → registry → decisions → compile →
 * diagrams → images → derive-links → site-model.
 * Each stage is its own module; this file only calls them in order, gathers every problem,
 * and logs how long each stage took.
 */
import path from 'node:path';
import pLimit from 'p-limit';
import { resolveAreas, type ResolvedArea } from './areas';
import { disambiguateSlugs, type DisambiguatedNote } from './disambiguate';
import { checkDecisions } from './check-decisions';
import type * as Compile from './compile';
import type { CompileExtensions } from './compile';
import { atFileLines } from './file-lines';
import { cacheKey, compilerFingerprint, type CompileCache } from './compile-cache';
import { checkPageLinks } from './check-page-links';
import { checkSagaFacts, checkSagaSettings } from './check-sagas';
import { backlinksOf, deriveLinks, type CompiledEntry } from './derive-links';
import { loadSources } from './load';
import { nearest } from './nearest';
import { CALLOUT_NAMES } from './plugins/obsidian/callout-types';
import { parseSource, STRICT_PARSE, type ParsedNote, type ParseSettings } from './parse';
import type { ContentProblem } from './problems';
import { buildRegistry } from './registry';
import { resolveImages } from './resolve-images';
import { assembleSite, type Site } from './site-model';
import type { ContentSettings } from '../config/schema';
import type { DiagramCache } from '../diagrams/diagram-cache';
import { ensureDiagrams, type EnsureDiagramsOptions } from '../diagrams/ensure-diagrams';

/** The decisions area when the config names none (site.config.ts `decisions`). */
const DEFAULT_DECISIONS_AREA = 'decisions';

export interface BuildContentOptions extends Partial<ContentSettings> {
  projectRoot: string;
  /** Defaults to `<projectRoot>/content`. */
  contentDir?: string;
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
  /** Where drawn diagrams are read from when none are drawn here (`npm run dev`): the pages show what it holds. */
  diagramCache?: DiagramCache;
}

export interface BuildContentResult {
  site?: Site;
  problems: ContentProblem[];
  /** Worth telling, but the site still builds: a diagram left to draw in the browser, a link to a former slug, a broken link with `brokenLinks: 'warn'`. */
  warnings: ContentProblem[];
  /** Folders that hold notes but that site.config.ts does not name: areas all the same. */
  undeclaredAreas: ResolvedArea[];
  /** Files that share a name with another, whose slugs took their folders as a prefix. */
  disambiguated: DisambiguatedNote[];
  /** Notes compiled in this run, and notes taken from the cache. */
  stats: { compiled: number; reused: number };
}

/**
 * What `brokenLinks: 'warn'` turns into warnings: links, anchors and images that lead nowhere, and
 * files refused (code in frontmatter, a link out of the content folder), which are left out whole.
 */
const BROKEN_LINK_CODES = new Set<ContentProblem['code']>([
  'broken-link',
  'broken-anchor',
  'ambiguous-link',
  'missing-image',
  'missing-alt',
  'image-outside-content',
  'refused-file',
]);

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
  const parseSettings: ParseSettings = {
    frontmatter: options.frontmatter ?? STRICT_PARSE.frontmatter,
    ignoredFrontmatterKeys: options.ignoredFrontmatterKeys ?? [],
    // A wiki that relaxes frontmatter also sets unknown keys aside, unless it says otherwise.
    unknownFrontmatterKeys: options.unknownFrontmatterKeys ?? (options.frontmatter === 'optional' ? 'ignore' : 'error'),
    decisions: options.decisions ?? DEFAULT_DECISIONS_AREA,
  };

  const { sources, refused } = await timed('load', () => loadSources(contentDir, options.projectRoot, { mdx: options.mdx ?? true }));
  const refusals: ContentProblem[] = refused.map(({ file, reason }) => ({ file, code: 'refused-file', message: reason }));
  const ignoredKeys = new Map<string, { file: string; count: number }>();
  const parsed = await timed('parse', () =>
    sources.flatMap((source) => {
      const result = parseSource(source, parseSettings);
      for (const problem of result.problems) (problem.code === 'refused-file' ? refusals : problems).push(problem);
      for (const key of result.ignoredKeys ?? []) {
        const seen = ignoredKeys.get(key);
        ignoredKeys.set(key, { file: seen?.file ?? source.file, count: (seen?.count ?? 0) + 1 });
      }
      return result.note ? [result.note] : [];
    }),
  );
  // The content folder's own README introduces the home page: compiled and checked, never a page of its own.
  const home = parsed.find((note) => note.role === 'home');
  const notes = parsed.filter((note) => note !== home);
  // Imported docs may repeat a file name across folders: only our strict notes make that an error.
  const disambiguated = parseSettings.frontmatter === 'optional' ? disambiguateSlugs(notes) : [];
  const areas = resolveAreas(notes, options.areas ?? []);
  const { registry, problems: registryProblems } = buildRegistry(notes);
  problems.push(...registryProblems);
  const decisionsArea = options.decisions ?? DEFAULT_DECISIONS_AREA;
  const invalidFrontmatter = new Set(problems.filter((p) => p.code === 'invalid-frontmatter').map((p) => p.file));
  problems.push(...(await timed('decide', () => checkDecisions(registry, decisionsArea, invalidFrontmatter))));
  const unique = [...registry.bySlug.values(), ...(home ? [home] : [])];
  problems.push(...checkSagaSettings([...registry.bySlug.values()]));

  // Declared callout types shape compiled output: a change of them recompiles every note.
  const fingerprint = `${options.fingerprint ?? compilerFingerprint(process.cwd())}:${JSON.stringify(options.callouts ?? {})}`;
  const extensions = { ...options.extensions, ...(options.callouts ? { callouts: options.callouts } : {}) };
  let hits = 0;
  let compiler: Promise<typeof Compile> | undefined;
  const compileOne = async (note: ParsedNote): Promise<CompiledEntry> => {
    const key = cacheKey(note, fingerprint);
    const cached = await options.cache.get(key);
    if (cached) {
      hits += 1;
      return { note, compiled: atFileLines(cached, note.bodyLineOffset) };
    }
    // The compilers load with the first note that is not in the cache, and not at all when every note is.
    compiler ??= import('./compile');
    const result = await (await compiler).compileNote(note, extensions);
    if (result.problems) {
      problems.push(...result.problems);
      return { note };
    }
    await options.cache.set(key, result.compiled);
    return { note, compiled: atFileLines(result.compiled, note.bodyLineOffset) };
  };
  const limit = pLimit(options.concurrency ?? 4);
  const entries = await timed('compile', () => Promise.all(unique.map((note) => limit(() => compileOne(note)))));
  log(`cache    ${hits}/${unique.length} notes reused`);

  let diagramErrors: ReadonlyMap<string, string> = new Map();
  const warnings: ContentProblem[] = [
    ...ignoredKeyNotes(ignoredKeys),
    ...entries.flatMap(({ note, compiled }) => (compiled?.notices ?? []).map((notice) => ({ file: note.file, ...notice }))),
    ...mathWarnings(entries),
    ...customCalloutWarnings(entries),
  ];
  if (options.diagrams) {
    const diagramOptions = options.diagrams;
    const all = entries.flatMap(({ note, compiled }) => (compiled?.diagrams ?? []).map((d) => ({ ...d, file: note.file })));
    // A note that failed to compile lists no diagrams: pruning then would delete its SVGs.
    const prune = Boolean(diagramOptions.prune) && problems.length === 0;
    const drawn = await timed('diagrams', () => ensureDiagrams(all, { ...diagramOptions, prune }));
    // A lenient build shows a diagram Mermaid cannot draw as its code, with Mermaid's message.
    if (options.brokenLinks === 'warn') {
      warnings.push(...drawn.problems);
      diagramErrors = drawn.invalid;
    } else problems.push(...drawn.problems);
    warnings.push(...drawn.warnings);
    log(`cache    ${drawn.stats.reused}/${all.length} diagram SVGs reused, ${drawn.stats.pruned} unused removed`);
  }

  // The drawn SVGs, cleaned once here, ride in the site model to the pages.
  const svgCache = options.diagrams?.cache ?? options.diagramCache;
  const diagramSvgs = new Map<string, string>();
  if (svgCache)
    for (const { compiled } of entries)
      for (const { source } of compiled?.diagrams ?? []) {
        if (diagramSvgs.has(source)) continue;
        const svg = svgCache.read(source);
        if (svg !== undefined) diagramSvgs.set(source, svg);
      }

  const resolved = await timed('images', () => resolveImages(entries, { contentDir, projectRoot: options.projectRoot }));
  const derived = await timed('links', () => deriveLinks(entries, registry));
  // `brokenLinks: 'warn'` (imported docs often carry broken links and images without alt text):
  // listed with file and line, and the site builds anyway, showing such a link or image as text.
  const found = [...refusals, ...resolved.problems, ...derived.problems];
  const lenient = options.brokenLinks === 'warn' ? found.filter((p) => BROKEN_LINK_CODES.has(p.code)) : [];
  warnings.push(...lenient, ...derived.warnings);
  problems.push(...found.filter((p) => !lenient.includes(p)), ...checkSagaFacts(entries));
  const stats = { compiled: unique.length - hits, reused: hits };
  const undeclaredAreas = areas.filter((area) => !area.declared);
  if (problems.length > 0) return { problems, warnings, stats, undeclaredAreas, disambiguated };

  // The home introduction links out, but it is not a note: no backlink points at it.
  const links = home ? derived.links.filter((link) => link.from !== home.slug) : derived.links;
  const homeEntry = entries.find((entry) => entry.note === home);
  const site = await timed('assemble', () =>
    assembleSite({
      entries: entries.filter((e) => e !== homeEntry),
      registry,
      links,
      backlinks: backlinksOf(links),
      areas,
      images: resolved.images,
      decisionsArea,
      diagramErrors,
      diagramSvgs,
      ...(homeEntry ? { homeEntry } : {}),
    }),
  );
  // Which optional pages exist (saga explorer, reading list, tags) is known only once the site is.
  const pageProblems = checkPageLinks(entries, site);
  if (options.brokenLinks === 'warn') warnings.push(...pageProblems);
  else if (pageProblems.length > 0) return { problems: pageProblems, warnings, stats, undeclaredAreas, disambiguated };
  return { site, problems, warnings, stats, undeclaredAreas, disambiguated };
}

/** Each frontmatter key set aside, once, with the first file that has it and how many do. */
function ignoredKeyNotes(keys: ReadonlyMap<string, { file: string; count: number }>): ContentProblem[] {
  return [...keys].map(([key, { file, count }]) => ({
    file,
    code: 'ignored-frontmatter-key' as const,
    message: `Frontmatter key "${key}" is not read by the wiki and was ignored${count > 1 ? ` (in ${count} notes)` : ''}`,
    hint: `list it in "ignoredFrontmatterKeys" in the settings to stop this note, or remove it`,
  }));
}

/** TeX that KaTeX could not read: the page shows it as code, and the writer is told where. */
function mathWarnings(entries: readonly CompiledEntry[]): ContentProblem[] {
  return entries.flatMap(({ note, compiled }) =>
    (compiled?.mathErrors ?? []).map((error) => ({
      file: note.file,
      line: error.line,
      column: error.column,
      code: 'invalid-math' as const,
      message: `Math does not render: ${error.reason}`,
      hint: 'the page shows the TeX as code; KaTeX supports most of LaTeX math, see https://katex.org/docs/supported',
    })),
  );
}

/**
 * Callout types neither GitHub's, Obsidian's nor declared: each renders, titled by its name, as
 * Obsidian renders it, and is listed once, at its first use, with how often the wiki uses it.
 */
function customCalloutWarnings(entries: readonly CompiledEntry[]): ContentProblem[] {
  const uses = new Map<string, { file: string; line: number; column: number; count: number }>();
  for (const { note, compiled } of entries) {
    for (const callout of compiled?.customCallouts ?? []) {
      const seen = uses.get(callout.type);
      if (seen) seen.count += 1;
      else uses.set(callout.type, { file: note.file, line: callout.line, column: callout.column, count: 1 });
    }
  }
  return [...uses].map(([type, { count, ...where }]) => {
    const suggestion = nearest(type, CALLOUT_NAMES);
    return {
      ...where,
      code: 'unknown-callout' as const,
      message: `Callout type "${type}" is neither GitHub's nor Obsidian's: shown as a note titled by its name${count > 1 ? ` (used ${count} times)` : ''}`,
      hint: `${suggestion ? `did you mean "${suggestion}"? Or ` : ''}declare it in the settings: callouts: { ${type}: { title: ${type.charAt(0).toUpperCase()}${type.slice(1)}, like: note } }`,
    };
  });
}
