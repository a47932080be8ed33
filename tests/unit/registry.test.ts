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

describe('nearest', () => {
  it('suggests close spellings and containing names, but not unrelated words', () => {
    expect(nearest('evnt-sourcing', ['event-sourcing', 'cqrs'])).toBe('event-sourcing');
    expect(nearest('cqrs', ['cqrs-pattern', 'saga'])).toBe('cqrs-pattern');
    expect(nearest('outbox', ['saga', 'cqrs'])).toBeUndefined();
  });
});
