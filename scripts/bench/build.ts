/**
 * Build benchmark: the real content and synthetic corpora of 100, 1,000 and 2,000 notes,
 * each built cold (no compile cache, no Next cache), warm (both kept) and after one note is
 * edited (both kept), reporting the median wall time and peak memory of several runs, and the
 * cost per added note; and one cold build of a large wiki (10,000 notes), for its time and memory.
 * With `STARLIGHT_DIR`, Starlight builds each synthetic corpus cold too (`lib/bench/starlight.ts`).
 */
import { appendFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { median, table } from '../../lib/bench/markdown-section';
import { measureCommand, type Measured } from '../../lib/bench/process-tree';
import { SYNTHETIC_AREAS, syntheticNotes } from '../../lib/bench/synthetic-notes';
import { exportFiles } from '../../lib/bench/export-files';
import { globSync } from 'tinyglobby';
import { STARLIGHT_VERSIONS, prepareStarlight, starlightBuild, writeStarlightCorpus } from '../../lib/bench/starlight';

const root = process.cwd();
const work = path.join(os.tmpdir(), 'atlas-bench');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

async function writeCorpus(count: number): Promise<string> {
  const dir = path.join(work, `content-${count}`);
  await rm(dir, { recursive: true, force: true });
  // Plain folders, as a team's wiki has them: not our areas, and no `decisions/` folder, whose notes would need decision fields.
  const notes = syntheticNotes(count, SYNTHETIC_AREAS);
  for (const note of notes) {
    await mkdir(path.join(dir, note.area), { recursive: true });
    await writeFile(path.join(dir, note.area, `${note.slug}.mdx`), note.source);
  }
  return dir;
}

async function buildOnce(contentDir: string, cacheDir: string, cold: boolean): Promise<Measured> {
  // Cold as Starlight's is (lib/bench/starlight.ts): no caches and no last export to replace.
  if (cold) for (const dir of [cacheDir, '.next', 'out-bench']) await rm(path.resolve(root, dir), { recursive: true, force: true });
  return measureCommand(process.execPath, [tsx, '--max-semi-space-size=64', 'scripts/build.ts'], {
    CONTENT_DIR: contentDir,
    ATLAS_CACHE_DIR: cacheDir,
    ATLAS_OUT_DIR: 'out-bench',
  });
}

/** A copy of the real content, so that the edited run never touches the project's own notes. */
async function copyContent(): Promise<string> {
  const dir = path.join(work, 'content-real');
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(root, 'content'), dir, { recursive: true });
  return dir;
}

/** Appends a sentence to one note, builds with every cache kept, and puts the note back. */
async function editedBuild(contentDir: string, cacheDir: string, note: string): Promise<Measured> {
  const original = await readFile(note, 'utf8');
  try {
    await appendFile(note, `\n\nOne more sentence, written at ${new Date().toISOString()} to measure a rebuild.\n`);
    return await buildOnce(contentDir, cacheDir, false);
  } finally {
    await writeFile(note, original);
  }
}

type Figure = { seconds: number; peakMb: number };

export interface BuildFigures {
  corpus: string;
  notes: number;
  cold: Figure;
  warm: Figure;
  /** One note edited, every cache kept. */
  edited: Figure;
  /** Files in the export, and per note page (pages, payloads, JSON, gzip copies: all of them). */
  files: { total: number; perNote: number };
  /** Starlight's cold build of the same synthetic corpus, when `STARLIGHT_DIR` is set. */
  starlight?: { seconds: number; peakMb: number; files: number };
}

/** Starlight's figures from its cold builds of one corpus. */
function starlightFigures(builds: readonly (Measured & { files: number })[], notes: number): BuildFigures['starlight'] {
  if (builds.some((m) => !m.ok)) throw new Error(`a Starlight build of ${notes} notes failed`);
  return { ...summary(builds), files: builds.at(-1)?.files ?? 0 };
}

export async function benchBuilds(sizes: readonly number[], runs: number): Promise<BuildFigures[]> {
  const starlightDir = process.env.STARLIGHT_DIR;
  if (starlightDir) await prepareStarlight(starlightDir);
  const corpora: { corpus: string; notes: number; dir: string }[] = [{ corpus: 'real content', notes: -1, dir: await copyContent() }];
  for (const size of sizes) corpora.push({ corpus: `synthetic ${size}`, notes: size, dir: await writeCorpus(size) });
  const figures: BuildFigures[] = [];
  for (const { corpus, notes, dir } of corpora) {
    const cacheDir = path.join(work, `cache-${corpus.replace(/\s+/g, '-')}`);
    const edit = globSync('**/*.{md,mdx}', { cwd: dir, absolute: true }).sort()[0];
    if (!edit) throw new Error(`no note in ${dir}`);
    const cold: Measured[] = [];
    const warm: Measured[] = [];
    const edited: Measured[] = [];
    // Starlight's cold build runs right after each of ours, so that both see the same load on a
    // shared machine (its timings drift by a third from hour to hour); the same generator and
    // seed as writeCorpus: the same notes, as Starlight pages.
    const compared = starlightDir && notes > 0;
    if (compared) await writeStarlightCorpus(starlightDir, syntheticNotes(notes, SYNTHETIC_AREAS));
    const starlightBuilds: (Measured & { files: number })[] = [];
    for (let i = 0; i < runs; i += 1) {
      cold.push(await buildOnce(dir, cacheDir, true));
      if (compared) starlightBuilds.push(await starlightBuild(starlightDir));
      warm.push(await buildOnce(dir, cacheDir, false));
      edited.push(await editedBuild(dir, cacheDir, edit));
    }
    if ([...cold, ...warm, ...edited].some((m) => !m.ok)) throw new Error(`a build of ${corpus} failed`);
    const files = exportFiles(path.join(root, 'out-bench'));
    const starlight = compared ? starlightFigures(starlightBuilds, notes) : undefined;
    figures.push({ corpus, notes, cold: summary(cold), warm: summary(warm), edited: summary(edited), files, starlight });
    const f = figures.at(-1);
    console.log(
      `  ${corpus}: cold ${f?.cold.seconds.toFixed(1)} s, warm ${f?.warm.seconds.toFixed(1)} s, one note edited ${f?.edited.seconds.toFixed(1)} s`,
    );
    if (starlight) console.log(`  ${corpus}: Starlight cold ${starlight.seconds.toFixed(1)} s`);
  }
  return figures;
}

const summary = (list: readonly Measured[]): Figure => ({
  seconds: median(list.map((m) => m.seconds)),
  peakMb: median(list.map((m) => m.peakMb)),
});

export interface LargeBuild extends Figure {
  notes: number;
  files: { total: number; perNote: number };
}

/** One cold build of a large synthetic wiki: whether it completes, in what time and memory. */
export async function benchLargeBuild(size: number): Promise<LargeBuild> {
  const dir = await writeCorpus(size);
  const measured = await buildOnce(dir, path.join(work, `cache-synthetic-${size}`), true);
  if (!measured.ok) throw new Error(`the ${size}-note build failed`);
  console.log(`  synthetic ${size}: cold ${measured.seconds.toFixed(1)} s, peak ${measured.peakMb} MB`);
  return { notes: size, seconds: measured.seconds, peakMb: measured.peakMb, files: exportFiles(path.join(root, 'out-bench')) };
}

export function largeBuildSection(large: LargeBuild): string {
  return [
    `### A large wiki: ${large.notes.toLocaleString('en')} notes (${new Date().toISOString().slice(0, 10)}, one cold run)`,
    '',
    table(
      ['notes', 'cold build (s)', 'peak memory of the process tree (MB)', 'files in out/', 'files per note'],
      [[large.notes, large.seconds.toFixed(1), large.peakMb, large.files.total, large.files.perNote.toFixed(1)]],
    ),
    '',
    `Goal: it completes with a peak under 4,096 MB.`,
  ].join('\n');
}

export function buildSection(figures: readonly BuildFigures[], runs: number): string {
  const withStarlight = figures.some((f) => f.starlight);
  const rows = figures.map((f) => [
    f.corpus,
    f.cold.seconds.toFixed(1),
    f.cold.peakMb,
    f.warm.seconds.toFixed(1),
    f.warm.peakMb,
    f.edited.seconds.toFixed(1),
    f.files.total,
    f.files.perNote.toFixed(1),
    // The real content is ours alone (MDX, diagrams, our areas): Starlight builds only the synthetic corpora.
    ...(withStarlight ? [f.starlight?.seconds.toFixed(1) ?? '—', f.starlight?.peakMb ?? '—', f.starlight?.files ?? '—'] : []),
  ]);
  const headers = [
    'corpus',
    'cold (s)',
    'cold peak (MB)',
    'warm (s)',
    'warm peak (MB)',
    'one note edited (s)',
    'files in out/',
    'files per note',
  ];
  if (withStarlight) headers.push('Starlight cold (s)', 'Starlight peak (MB)', 'Starlight files');
  const starlightNote = withStarlight
    ? `Starlight ${STARLIGHT_VERSIONS['@astrojs/starlight']} (Astro ${STARLIGHT_VERSIONS.astro}, its Pagefind index included) built the same synthetic notes as Markdown pages, wiki-links made Markdown links, cold (no \`.astro\` caches, no \`dist/\`), each run right after one of our cold builds; its files are all of \`dist/\`.`
    : '_Starlight not measured in this run: set `STARLIGHT_DIR` to an empty folder outside the repo, where the benchmark writes and installs a Starlight project once._';
  const big = figures.filter((f) => f.notes > 0).sort((a, b) => a.notes - b.notes);
  const [a, b] = [big.at(-2), big.at(-1)];
  const perNote = a && b ? (((b.cold.seconds - a.cold.seconds) / (b.notes - a.notes)) * 1000).toFixed(0) : 'n/a';
  return [
    `### Build time and memory (${os.cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)})`,
    '',
    `Median of ${runs} runs each. Cold: no compile cache and no Next cache; warm: both kept; one note edited: a sentence appended to one note, both caches kept. Peak memory is the resident memory of the whole build process tree. Synthetic notes have about 500 words, five sections, a table, four wiki-links and no diagrams (\`lib/bench/synthetic-notes.ts\`).`,
    '',
    table(headers, rows),
    '',
    `Cost per added note (cold, between the two largest corpora): ${perNote} ms. Goal: a 1,000-note cold build no slower than Starlight's on the same machine.`,
    '',
    starlightNote,
  ].join('\n');
}
