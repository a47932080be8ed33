/**
 * `npm run new`: a new note in the right area folder, never over an existing one, written as the
 * wiki writes its notes: `.md` where the wiki is Markdown, named like the notes beside it (spaces
 * kept where they have spaces, as in an Obsidian vault), from the wiki's own template when it keeps
 * one (`<content>/.templates/note.md`), else from ours.
 */
import slugify from '@sindresorhus/slugify';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';

export interface NewNoteOptions {
  title: string;
  /** Area id; the first known area when omitted. */
  area?: string;
  /** Areas site.config.ts names, then the content folder's other folders (see `knownAreas`). */
  areas: readonly string[];
  contentDir: string;
  /**
   * Scaffold an architecture decision record in this area (site.config.ts `decisions`) instead:
   * status `proposed`, dated `today` (YYYY-MM-DD), MADR's sections. The area need not exist yet.
   */
  decision?: { area: string; today: string };
  /** YYYY-MM-DD, for a template's `{{date}}`; today when omitted. */
  today?: string;
  /** The wiki asks every note for frontmatter (`frontmatter: required`): a Markdown note gets a title and summary. */
  frontmatterRequired?: boolean;
}

/** Where a wiki keeps the templates `npm run new` uses: a dot-folder, so they are never notes themselves. */
export const TEMPLATES_DIR = '.templates';

export type NewNoteResult = { ok: true; file: string; slug: string } | { ok: false; error: string };

/** Frontmatter that passes the schema as written, and a body with a first heading to replace. */
function noteTemplate(title: string): string {
  const frontmatter = stringify({
    title,
    summary: `One or two sentences on what ${title} is and when it matters.`,
    tags: [],
    related: [],
    links: [],
  });
  return `---
${frontmatter.trimEnd()}
---

## Problem

What goes wrong without this idea. Link other notes with \`[[slug]]\` or \`[[slug|a label]]\`.

## Solution

How it works, with its trade-offs. Show another note's section with \`![[slug#heading]]\` on its own line.

> [!tip]
> A callout: \`> [!note]\`, \`[!warning] A title\`, \`[!question]-\` folded. Code blocks take \`title="file.ts" {2,4-6}\`.
`;
}

/**
 * A decision in MADR's shape (Markdown Architectural Decision Records): the problem, the options
 * weighed, the choice and what it costs. No number in the file name, so two branches never pick
 * the same one; the log numbers decisions by date.
 */
function decisionTemplate(title: string, today: string): string {
  const frontmatter = stringify({
    title,
    summary: `What was decided about ${title}, in one sentence.`,
    status: 'proposed',
    date: today,
    deciders: [],
    applies: [],
  });
  return `---
${frontmatter.trimEnd()}
---

## Context and problem

What forces the decision: the situation, the constraint, the question to answer. Link the
patterns it weighs with \`[[slug]]\`, and name the ones it applies in \`applies\`.

## Considered options

- Option one
- Option two

## Decision outcome

Chosen option: "Option one", because it meets the need that matters most here.

## Consequences

- Good, because what becomes easier.
- Bad, because what becomes harder, and what the team accepts in exchange.
`;
}

export async function createNote(options: NewNoteOptions): Promise<NewNoteResult> {
  const { title, area, areas, contentDir, decision } = options;
  const trimmed = title.trim();
  if (!trimmed) {
    const usage = decision
      ? 'the decision a title: npm run new -- --decision "Use an orchestrated saga for checkout"'
      : 'the note a title: npm run new -- "Event Sourcing" [--area data]';
    return { ok: false, error: `Give ${usage}` };
  }
  const target = decision?.area ?? area ?? areas[0];
  if (!decision && (!target || !areas.includes(target))) {
    return {
      ok: false,
      error: `Unknown area "${area}". Areas: ${areas.join(', ') || 'none yet'}. To start a new area, create its folder: ${path.join(contentDir, area ?? '<area>')}/`,
    };
  }
  const slug = slugify(trimmed);
  if (!slug) return { ok: false, error: `"${trimmed}" has no letters or digits to make a file name from.` };
  const folder = path.join(contentDir, target ?? '');
  const style = wikiStyle(contentDir, folder);
  const name = style.spaces
    ? trimmed
        .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : slug;
  const file = path.join(folder, `${name}.${style.format}`);
  if (existsSync(file))
    return { ok: false, error: `${file} already exists; it was left as it is. Choose another title or edit that note.` };
  const today = decision?.today ?? options.today ?? new Date().toISOString().slice(0, 10);
  const own = decision ? undefined : ownTemplate(contentDir, style.format);
  const text = decision
    ? decisionTemplate(trimmed, decision.today)
    : own !== undefined
      ? fillTemplate(own, trimmed, today)
      : style.format === 'md'
        ? markdownTemplate(trimmed, options.frontmatterRequired ?? false)
        : noteTemplate(trimmed);
  await mkdir(path.dirname(file), { recursive: true });
  // 'wx' fails if the file appeared since the check, so a note is never overwritten.
  await writeFile(file, text, { flag: 'wx' });
  return { ok: true, file, slug };
}

/** A plain note for a Markdown wiki: a title and a first paragraph, which the wiki reads as its summary. */
function markdownTemplate(title: string, frontmatter: boolean): string {
  const head = frontmatter
    ? `---\n${stringify({ title, summary: `What ${title} is about, in a sentence or two.` }).trimEnd()}\n---\n\n`
    : '';
  return `${head}# ${title}

What this note is about, in a sentence or two.
`;
}

/** The wiki's own template, `.templates/note.md` (or `.mdx`), if it keeps one. */
function ownTemplate(contentDir: string, format: 'md' | 'mdx'): string | undefined {
  for (const name of [`note.${format}`, 'note.md', 'note.mdx']) {
    const file = path.join(contentDir, TEMPLATES_DIR, name);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return undefined;
}

/** Obsidian's template variables: `{{title}}` and `{{date}}`. */
export function fillTemplate(template: string, title: string, today: string): string {
  return template.replace(/\{\{\s*title\s*\}\}/g, title).replace(/\{\{\s*date\s*\}\}/g, today);
}

/**
 * How the wiki names its notes: `.md` unless it has `.mdx` notes and no `.md` ones, and with the
 * title's words and spaces when most notes of the folder (else of the wiki's top) have spaces.
 */
function wikiStyle(contentDir: string, folder: string): { format: 'md' | 'mdx'; spaces: boolean } {
  const notesIn = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir).filter((name) => /\.mdx?$/i.test(name) && !/^(readme|index)\./i.test(name) && !name.startsWith('.'))
      : [];
  const here = notesIn(folder);
  const sample = here.length > 0 ? here : notesIn(contentDir);
  const all = listNotes(contentDir);
  const mdx = all.filter((name) => name.toLowerCase().endsWith('.mdx')).length;
  const format = all.length === 0 || mdx > all.length - mdx ? 'mdx' : 'md';
  const spaces = sample.length > 0 && sample.filter((name) => name.includes(' ')).length * 2 > sample.length;
  return { format, spaces };
}

function listNotes(dir: string, depth = 0): string[] {
  if (!existsSync(dir) || depth > 3) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') return [];
    if (entry.isDirectory()) return listNotes(path.join(dir, entry.name), depth + 1);
    return /\.mdx?$/i.test(entry.name) ? [entry.name] : [];
  });
}

/** The areas a note can go to: the configured ones, then every other folder of the content folder. */
export function knownAreas(configured: readonly string[], contentDir: string): string[] {
  const folders = existsSync(contentDir)
    ? readdirSync(contentDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
        .map((entry) => entry.name)
        .sort()
    : [];
  return [...new Set([...configured, ...folders])];
}
