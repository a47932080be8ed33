/**
 * Starlight (Astro + Pagefind) on the same synthetic corpus, for comparison with our cold build.
 * Starlight is not a dependency: the benchmark keeps a small Starlight project in `STARLIGHT_DIR`
 * (a folder outside the repo), writes it and installs it there once, and skips Starlight when
 * that is not set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { stringify } from 'yaml';
import { exportFiles } from './export-files';
import { measureCommand, type Measured } from './process-tree';
import type { SyntheticNote } from './synthetic-notes';

/** Exact versions that run on Node 20: Starlight 0.38+ and Astro 6+ need Node 22. */
export const STARLIGHT_VERSIONS = { astro: '5.18.2', '@astrojs/starlight': '0.37.7' };

// Astro otherwise asks to send usage data, which this machine cannot reach anyway.
const ENV = { ASTRO_TELEMETRY_DISABLED: '1' };

const PROJECT: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: STARLIGHT_VERSIONS }, null, 2)}\n`,
  // One sidebar group per area folder, read when Astro loads the config: the corpus decides the groups.
  'astro.config.mjs': `import { readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

const docs = new URL('./src/content/docs/', import.meta.url);
const areas = readdirSync(docs, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

export default defineConfig({
  integrations: [
    starlight({
      title: 'Synthetic wiki',
      sidebar: areas.map((area) => ({ label: area, autogenerate: { directory: area } })),
    }),
  ],
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
};

/** Writes the project's files that are missing, and installs it when it has no `node_modules`. */
export async function prepareStarlight(dir: string): Promise<void> {
  for (const [file, text] of Object.entries(PROJECT)) {
    const target = path.join(dir, file);
    if (existsSync(target)) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  // The config reads this folder, so it exists before any corpus is written.
  await mkdir(path.join(dir, 'src/content/docs'), { recursive: true });
  if (existsSync(path.join(dir, 'node_modules'))) return;
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit', env: { ...process.env, ...ENV } });
  if (install.status !== 0) throw new Error(`npm install failed in ${dir}`);
}

/** `[[slug]]` as a Markdown link to that note's Starlight page, `/<area>/<slug>/`. */
function rewriteWikiLinks(note: SyntheticNote, areaOf: ReadonlyMap<string, string>): string {
  return note.source.replace(/\[\[([^\]]+)\]\]/g, (_, slug: string, offset: number) => {
    const area = areaOf.get(slug);
    if (!area) {
      const line = note.source.slice(0, offset).split('\n').length;
      throw new Error(`${note.area}/${note.slug}.md:${line}: [[${slug}]] names no note of the corpus`);
    }
    return `[${slug}](/${area}/${slug}/)`;
  });
}

/** Replaces the project's pages with the corpus: `src/content/docs/<area>/<slug>.md`, plus a home page. */
export async function writeStarlightCorpus(dir: string, notes: readonly SyntheticNote[]): Promise<void> {
  const docs = path.join(dir, 'src/content/docs');
  await rm(docs, { recursive: true, force: true });
  await mkdir(docs, { recursive: true });
  const areaOf = new Map(notes.map((note) => [note.slug, note.area]));
  for (const note of notes) {
    // Rewritten before the split, so an error's line is the line in the note's source.
    const { data, content } = matter(rewriteWikiLinks(note, areaOf));
    const frontmatter = stringify({ title: String(data.title), description: String(data.summary) });
    await mkdir(path.join(docs, note.area), { recursive: true });
    await writeFile(path.join(docs, note.area, `${note.slug}.md`), `---\n${frontmatter}---\n${content}`);
  }
  const home = stringify({ title: 'Synthetic wiki', description: `${notes.length} generated notes.` });
  await writeFile(path.join(docs, 'index.md'), `---\n${home}---\n\nA synthetic corpus of ${notes.length} notes, for build benchmarks.\n`);
}

/** A cold build: Astro's caches and the last output removed first. Files counts everything in `dist/`. */
export async function starlightBuild(dir: string): Promise<Measured & { files: number }> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro']) await rm(path.join(dir, cache), { recursive: true, force: true });
  const astro = path.join(dir, 'node_modules/astro/astro.js');
  const measured = await measureCommand(process.execPath, [astro, 'build'], ENV, { cwd: dir });
  return { ...measured, files: measured.ok ? exportFiles(path.join(dir, 'dist')).total : 0 };
}
