import { describe, expect, it } from 'vitest';
import { nearest } from '@/lib/content/nearest';
import { buildRegistry } from '@/lib/content/registry';
import { note } from './helpers';

describe('buildRegistry', () => {
  const cqrs = note('data/cqrs.mdx', 'title: CQRS\nsummary: S.\naliases: [CQRS, Command Query Responsibility Segregation]', '');
  const es = note('data/event-sourcing.mdx', 'title: ES\nsummary: S.', '');

  it('resolves slugs and aliases case-insensitively', () => {
    const { registry, problems } = buildRegistry([cqrs, es]);
    expect(problems).toEqual([]);
    expect(registry.resolve('cqrs')).toBe('cqrs');
    expect(registry.resolve('command query responsibility segregation')).toBe('cqrs');
    expect(registry.resolve('Event-Sourcing')).toBe('event-sourcing');
    expect(registry.resolve('nope')).toBeUndefined();
  });

  it("reads a slug as its note's title in plain text, and an alias as written", () => {
    const { registry } = buildRegistry([cqrs, es]);
    expect(registry.titleOf('event-sourcing')).toBe('ES');
    expect(registry.titleOf('CQRS')).toBeUndefined();
    expect(registry.titleOf('nope')).toBeUndefined();
  });

  it('reports a duplicate slug across areas and an alias that names another note', () => {
    const copy = note('patterns/cqrs.mdx', 'title: Copy\nsummary: S.', '');
    const clash = note('patterns/other.mdx', 'title: O\nsummary: S.\naliases:\n  - event-sourcing', '');
    const { problems } = buildRegistry([cqrs, es, copy, clash]);
    expect(problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['duplicate-slug', 'content/patterns/cqrs.mdx', undefined],
      ['duplicate-alias', 'content/patterns/other.mdx', 5],
    ]);
  });
});

describe('former slugs', () => {
  const renamed = (slug: string, frontmatter: string) => note(`patterns/${slug}.mdx`, `title: T\nsummary: S.\n${frontmatter}`, '');

  it("map a former slug (any case) to the renamed note, and may repeat the note's own alias", () => {
    const cqrs = renamed('cqrs', 'aliases: [command-query-split]\nmoved-from: [command-query-split, cqrs-pattern]');
    const { registry, problems } = buildRegistry([cqrs]);
    expect(problems).toEqual([]);
    expect(registry.renamed('cqrs-pattern')).toBe('cqrs');
    expect(registry.renamed(' CQRS-Pattern ')).toBe('cqrs');
    expect(registry.resolve('cqrs-pattern')).toBeUndefined();
    expect(registry.renamed('cqrs')).toBeUndefined();
  });

  it("must be free: not a live slug (even the note's own), not another note's alias, claimed once", () => {
    const es = renamed('event-sourcing', 'aliases: [event-log]');
    const self = renamed('outbox', 'moved-from: [outbox]');
    const live = renamed('saga', 'moved-from:\n  - sagas\n  - event-sourcing');
    const alias = renamed('event-store', 'moved-from: [event-log]');
    const twice = renamed('saga-orchestration', 'moved-from: [sagas]');
    const repeated = renamed('outbox-pattern', 'moved-from: [transactional-outbox, transactional-outbox]');
    const { registry, problems } = buildRegistry([es, self, live, alias, twice, repeated]);
    expect(problems.map((p) => [p.code, p.file, p.line, p.message])).toEqual([
      [
        'duplicate-former-slug',
        'content/patterns/outbox.mdx',
        4,
        'Former slug "outbox" is the slug of a live note: content/patterns/outbox.mdx',
      ],
      [
        'duplicate-former-slug',
        'content/patterns/saga.mdx',
        6,
        'Former slug "event-sourcing" is the slug of a live note: content/patterns/event-sourcing.mdx',
      ],
      ['duplicate-former-slug', 'content/patterns/event-store.mdx', 4, 'Former slug "event-log" is an alias of "event-sourcing"'],
      ['duplicate-former-slug', 'content/patterns/saga-orchestration.mdx', 4, 'Former slug "sagas" is also claimed by "saga"'],
      ['duplicate-former-slug', 'content/patterns/outbox-pattern.mdx', 4, 'Former slug "transactional-outbox" is listed twice'],
    ]);
    expect(registry.renamed('sagas')).toBe('saga');
  });
});

describe('nearest', () => {
  it('suggests close spellings and containing names, but not unrelated words', () => {
    expect(nearest('evnt-sourcing', ['event-sourcing', 'cqrs'])).toBe('event-sourcing');
    expect(nearest('cqrs', ['cqrs-pattern', 'saga'])).toBe('cqrs-pattern');
    expect(nearest('outbox', ['saga', 'cqrs'])).toBeUndefined();
  });

  it('counts a swap of neighbouring letters as one edit, as search does', () => {
    // Plain Levenshtein puts both at two edits and would take the first.
    expect(nearest('sgaa', ['sgbb', 'saga'])).toBe('saga');
  });
});
