/** `npm run new`: a new note from the template, in the right area folder, never over an existing one. */
import slugify from '@sindresorhus/slugify';
import { existsSync, readdirSync } from 'node:fs';
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
}

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

export async function createNote({ title, area, areas, contentDir, decision }: NewNoteOptions): Promise<NewNoteResult> {
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
  const file = path.join(contentDir, target ?? '', `${slug}.mdx`);
  if (existsSync(file))
    return { ok: false, error: `${file} already exists; it was left as it is. Choose another title or edit that note.` };
  await mkdir(path.dirname(file), { recursive: true });
  // 'wx' fails if the file appeared since the check, so a note is never overwritten.
  await writeFile(file, decision ? decisionTemplate(trimmed, decision.today) : noteTemplate(trimmed), { flag: 'wx' });
  return { ok: true, file, slug };
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
