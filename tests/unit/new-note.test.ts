import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNote, knownAreas } from '@/lib/authoring/new-note';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';

const AREAS = ['patterns', 'data'];

async function tempProject() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'atlas-new-'));
  return { root, contentDir: path.join(root, 'content') };
}

describe('npm run new', () => {
  it('creates content/<area>/<slug>.mdx whose template passes the whole content pipeline', async () => {
    const { root, contentDir } = await tempProject();
    const result = await createNote({ title: 'Event Sourcing & CQRS', area: 'data', areas: AREAS, contentDir });
    expect(result).toMatchObject({
      ok: true,
      slug: 'event-sourcing-and-cqrs',
      file: path.join(contentDir, 'data/event-sourcing-and-cqrs.mdx'),
    });
    const built = await buildContent({
      projectRoot: root,
      areas: AREAS.map((id) => ({ id, title: id, description: '' })),
      cache: memoryCache(),
      fingerprint: 'test',
    });
    expect(built.problems).toEqual([]);
    expect(built.site?.notes[0]).toMatchObject({ title: 'Event Sourcing & CQRS', area: 'data' });
  });

  it("--decision: a dated, proposed decision in the decisions area, with MADR's sections, that passes the pipeline", async () => {
    const { root, contentDir } = await tempProject();
    const result = await createNote({
      title: 'Use an orchestrated saga for checkout',
      areas: AREAS,
      contentDir,
      decision: { area: 'decisions', today: '2026-12-03' },
    });
    const file = path.join(contentDir, 'decisions/use-an-orchestrated-saga-for-checkout.mdx');
    expect(result).toMatchObject({ ok: true, slug: 'use-an-orchestrated-saga-for-checkout', file });
    const text = await readFile(file, 'utf8');
    expect(text.match(/^## .*/gm)).toEqual(['## Context and problem', '## Considered options', '## Decision outcome', '## Consequences']);
    const built = await buildContent({
      projectRoot: root,
      areas: AREAS.map((id) => ({ id, title: id, description: '' })),
      cache: memoryCache(),
      fingerprint: 'test',
    });
    expect(built.problems).toEqual([]);
    expect(built.site?.decisions[0]?.decision).toMatchObject({ number: 1, status: 'proposed', date: '2026-12-03' });
  });

  it('puts the note in the first area when none is given', async () => {
    const { contentDir } = await tempProject();
    expect(await createNote({ title: 'Bulkhead', areas: AREAS, contentDir })).toMatchObject({
      ok: true,
      file: path.join(contentDir, 'patterns/bulkhead.mdx'),
    });
  });

  it('refuses to overwrite an existing note', async () => {
    const { contentDir } = await tempProject();
    await createNote({ title: 'Bulkhead', areas: AREAS, contentDir });
    const file = path.join(contentDir, 'patterns/bulkhead.mdx');
    await writeFile(file, 'my words');
    const again = await createNote({ title: 'Bulkhead', areas: AREAS, contentDir });
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/already exists/) });
    expect(await readFile(file, 'utf8')).toBe('my words');
  });

  it('rejects an unknown area and lists the valid ones', async () => {
    const { contentDir } = await tempProject();
    expect(await createNote({ title: 'Bulkhead', area: 'pattern', areas: AREAS, contentDir })).toEqual({
      ok: false,
      error: `Unknown area "pattern". Areas: patterns, data. To start a new area, create its folder: ${path.join(contentDir, 'pattern')}/`,
    });
  });

  it('knows the configured areas and then every other folder of the content folder', async () => {
    const { contentDir } = await tempProject();
    await mkdir(path.join(contentDir, 'team-handbook'), { recursive: true });
    await mkdir(path.join(contentDir, '.diagrams'), { recursive: true });
    await mkdir(path.join(contentDir, 'data'), { recursive: true });
    expect(knownAreas(AREAS, contentDir)).toEqual(['patterns', 'data', 'team-handbook']);
    expect(
      await createNote({ title: 'Onboarding', area: 'team-handbook', areas: knownAreas(AREAS, contentDir), contentDir }),
    ).toMatchObject({ ok: true });
  });

  it('rejects a title with nothing to slug', async () => {
    const { contentDir } = await tempProject();
    expect(await createNote({ title: '  ', areas: AREAS, contentDir })).toMatchObject({ ok: false });
    expect(await createNote({ title: '!!!', areas: AREAS, contentDir })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no letters or digits/),
    });
  });
});

describe('npm run new in a wiki of Markdown files', () => {
  async function vault(names: string[], template?: string) {
    const { root, contentDir } = await tempProject();
    await mkdir(path.join(contentDir, 'Runbooks'), { recursive: true });
    for (const name of names) await writeFile(path.join(contentDir, 'Runbooks', name), `# ${name}\n`);
    if (template !== undefined) {
      await mkdir(path.join(contentDir, '.templates'), { recursive: true });
      await writeFile(path.join(contentDir, '.templates/note.md'), template);
    }
    return { root, contentDir };
  }

  it('writes .md, named like the notes beside it, spaces kept', async () => {
    const { contentDir } = await vault(['Incident response.md', 'On call.md']);
    const result = await createNote({ title: 'Database failover', area: 'Runbooks', areas: ['Runbooks'], contentDir });
    expect(result).toMatchObject({ ok: true, file: path.join(contentDir, 'Runbooks/Database failover.md') });
    expect(await readFile(path.join(contentDir, 'Runbooks/Database failover.md'), 'utf8')).toBe(
      '# Database failover\n\nWhat this note is about, in a sentence or two.\n',
    );
  });

  it('writes a slug where the neighbours are slugs', async () => {
    const { contentDir } = await vault(['incident-response.md', 'on-call.md']);
    expect(await createNote({ title: 'Database failover', area: 'Runbooks', areas: ['Runbooks'], contentDir })).toMatchObject({
      file: path.join(contentDir, 'Runbooks/database-failover.md'),
    });
  });

  it("fills the wiki's own template from .templates/, with Obsidian's {{title}} and {{date}}", async () => {
    const { root, contentDir } = await vault(
      ['Incident response.md'],
      '---\ntags: runbook\ncreated: {{date}}\n---\n# {{title}}\n\n## Steps\n',
    );
    await createNote({ title: 'Database failover', area: 'Runbooks', areas: ['Runbooks'], contentDir, today: '2026-12-07' });
    const text = await readFile(path.join(contentDir, 'Runbooks/Database failover.md'), 'utf8');
    expect(text).toBe('---\ntags: runbook\ncreated: 2026-12-07\n---\n# Database failover\n\n## Steps\n');
    const built = await buildContent({ projectRoot: root, frontmatter: 'optional', cache: memoryCache(), fingerprint: 'test' });
    expect(built.problems).toEqual([]);
    expect(built.site?.notes.map((n) => n.title)).toContain('Database failover');
  });
});
