import { mkdtemp, cp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { formatProblems } from '@/lib/content/problems';

const AREAS = [{ id: 'patterns', title: 'Patterns', description: '' }];
const FIXTURE = path.join(import.meta.dirname, '../fixtures/valid-site');

describe('buildContent', () => {
  it('derives outgoing links, backlinks with context, tags and headings', async () => {
    const { site, problems } = await buildContent({ projectRoot: FIXTURE, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
    expect(problems).toEqual([]);
    const cqrs = site?.bySlug.get('cqrs' as never);
    const es = site?.bySlug.get('event-sourcing' as never);
    expect(es?.outgoing).toEqual(['cqrs']);
    expect(cqrs?.backlinks).toEqual([
      { from: 'event-sourcing', to: 'cqrs', context: 'Event sourcing pairs well with CQRS.', highlight: [31, 35] },
    ]);
    // An unlabeled wiki-link by slug reads as the target's title in the context.
    expect(es?.backlinks[0]?.context).toBe('Writes become events in an event store.');
    expect([...(site?.tags.keys() ?? [])]).toEqual(['data', 'patterns']);
    expect(cqrs?.headings.map((h) => h.id)).toEqual(['read-side']);
    expect(site?.resolve('es')?.slug).toBe('event-sourcing');
  });

  it('recompiles only the notes whose text changed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-cache-'));
    await cp(FIXTURE, dir, { recursive: true });
    const cache = memoryCache();
    const options = { projectRoot: dir, areas: AREAS, cache, fingerprint: 'test' };
    expect((await buildContent(options)).stats).toEqual({ compiled: 2, reused: 0 });
    expect((await buildContent(options)).stats).toEqual({ compiled: 0, reused: 2 });
    await writeFile(
      path.join(dir, 'content/patterns/cqrs.mdx'),
      '---\ntitle: CQRS\nsummary: Changed.\naliases: [CQRS]\n---\n\nNew body.\n\n## Read side\n',
    );
    expect((await buildContent(options)).stats).toEqual({ compiled: 1, reused: 1 });
  });

  it("reports a cached note's problems at their file lines after its frontmatter grows", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-lines-'));
    await cp(FIXTURE, dir, { recursive: true });
    const cache = memoryCache();
    const options = { projectRoot: dir, areas: AREAS, cache, fingerprint: 'test' };
    const body = '\nSee [[evnt-sourcing]].\n\n## Read side\n';
    await writeFile(path.join(dir, 'content/patterns/cqrs.mdx'), `---\ntitle: CQRS\nsummary: S.\n---\n${body}`);
    expect((await buildContent(options)).problems.map((p) => p.line)).toEqual([6]);
    await writeFile(path.join(dir, 'content/patterns/cqrs.mdx'), `---\ntitle: CQRS\nsummary: S.\ntags: [data]\n---\n${body}`);
    const again = await buildContent(options);
    expect(again.stats.reused).toBe(2);
    expect(again.problems.map((p) => p.line)).toEqual([7]);
  });

  it('resolves links to a former slug to the renamed note, with a warning at each link', async () => {
    const projectRoot = path.join(import.meta.dirname, '../fixtures/link-to-former-slug');
    const { site, problems, warnings } = await buildContent({ projectRoot, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
    expect(problems).toEqual([]);
    expect(formatProblems(warnings)).toBe(
      [
        '2 content problems in 1 file:',
        '  content/patterns/event-sourcing.mdx:6:32  Link to "command-query-split", the former slug of "cqrs" [link-to-former-slug]',
        '    hint: link to "cqrs" instead',
        '  content/patterns/event-sourcing.mdx:8:23  Link to "command-query-split", the former slug of "cqrs" [link-to-former-slug]',
        '    hint: link to "cqrs" instead',
      ].join('\n'),
    );
    const cqrs = site?.bySlug.get('cqrs' as never);
    expect(cqrs?.movedFrom).toEqual(['command-query-split']);
    expect(site?.redirects.get('command-query-split' as never)).toBe(cqrs);
    expect(site?.resolve('command-query-split')).toBe(cqrs);
    // The old name reads as the new title in backlinks, as a slug does.
    expect(cqrs?.backlinks.map((l) => l.context)).toEqual(['Event sourcing pairs well with Command Query Responsibility Segregation.']);
    expect(site?.bySlug.get('event-sourcing' as never)?.outgoing).toEqual(['cqrs']);
  });

  it('leaves drafts out of the site but refuses links to them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-draft-'));
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(path.join(dir, 'content/patterns/wip.mdx'), '---\ntitle: WIP\nsummary: Not yet.\ndraft: true\n---\n\nSee [[cqrs]].\n');
    const published = await buildContent({ projectRoot: dir, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
    expect(published.site?.notes.map((n) => n.slug)).toEqual(['cqrs', 'event-sourcing']);
    await writeFile(path.join(dir, 'content/patterns/cqrs.mdx'), '---\ntitle: CQRS\nsummary: S.\n---\n\nSee [[wip]].\n\n## Read side\n');
    const linked = await buildContent({ projectRoot: dir, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
    expect(linked.problems.map((p) => p.message)).toEqual(['Link to "wip", which is a draft and will not be published']);
  });
});
