import { describe, expect, it } from 'vitest';
import { frontmatterLine, parseSource } from '@/lib/content/parse';
import { source } from './helpers';

const parse = (raw: string, path = 'patterns/cqrs.mdx') => parseSource(source(path, raw));

describe('parseSource', () => {
  it('fills defaults and keeps the body with its line offset', () => {
    const { note, problems } = parse('---\ntitle: CQRS\nsummary: Split reads from writes.\n---\n\nBody line.\n');
    expect(problems).toEqual([]);
    expect(note?.frontmatter).toEqual({
      title: 'CQRS',
      summary: 'Split reads from writes.',
      tags: [],
      aliases: [],
      related: [],
      links: [],
      'moved-from': [],
      draft: false,
      cssclasses: [],
    });
    expect(note?.bodyLineOffset).toBe(4);
    expect(note?.body.trim()).toBe('Body line.');
  });

  it('rejects curated links with a bad URL or kind, pointing at the line', () => {
    const raw = '---\ntitle: CQRS\nsummary: S.\nlinks:\n  - title: Pattern\n    url: not-a-url\n    kind: blog\n---\n';
    const { problems } = parse(raw);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'Frontmatter "links[0].url" must be an absolute http(s) URL'],
      [7, expect.stringMatching(/^Frontmatter "links\[0\]\.kind" .*"article"/)],
    ]);
  });

  it('keeps a curated link marked as the primary source, and rejects a primary flag that is not a boolean', () => {
    const link = '  - title: Sagas\n    url: https://doi.org/10.1145/38713.38742\n    kind: paper\n';
    expect(parse(`---\ntitle: T\nsummary: S.\nlinks:\n${link}    primary: true\n---\n`).note?.frontmatter.links[0]?.primary).toBe(true);
    const { problems } = parse(`---\ntitle: T\nsummary: S.\nlinks:\n${link}    primary: yes please\n---\n`);
    expect(problems.map((p) => [p.line, p.message])).toEqual([[8, expect.stringContaining('"links[0].primary"')]]);
  });

  it('rejects tags Obsidian would not read as tags, and summaries longer than two sentences allow', () => {
    const { problems } = parse(`---\ntitle: T\nsummary: ${'x'.repeat(400)}\ntags: [Event Sourcing, '1984', a.b]\n---\n`);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"summary" must be one or two sentences'),
      expect.stringContaining('"tags[0]" must be letters, digits, "_" or "-", with "/" between nested levels'),
      expect.stringContaining('"tags[1]" must be'),
      expect.stringContaining('"tags[2]" must be'),
    ]);
  });

  it('reads tags as Obsidian does: nested, one string, a leading # dropped, any case folded', () => {
    const tags = (yaml: string) => parse(`---\ntitle: T\nsummary: S.\n${yaml}\n---\n`).note?.frontmatter.tags;
    expect(tags('tags: [plugin/emitter, "#Runbook", Über_Sicht, y1984]')).toEqual(['plugin/emitter', 'runbook', 'über_sicht', 'y1984']);
    expect(tags('tags: runbook')).toEqual(['runbook']);
    expect(tags('tags: runbook, On-Call')).toEqual(['runbook', 'on-call']);
    expect(tags('tags:\n  - "#data"')).toEqual(['data']);
  });

  it('slugs a file name that is not a slug, and rejects one with nothing to slug', () => {
    expect(parse('---\ntitle: T\nsummary: S.\n---\n', 'patterns/Event_Sourcing.mdx').note?.slug).toBe('event-sourcing');
    expect(parse('---\ntitle: T\nsummary: S.\n---\n', 'patterns/!!!.mdx').problems[0]?.code).toBe('invalid-slug');
  });

  it('still returns the note when only the schema fails, so its body can be checked too', () => {
    const { note, problems } = parse('---\nsummary: S.\n---\n[[x]]\n');
    expect(problems).toHaveLength(1);
    expect(note?.frontmatter.title).toBe('cqrs');
  });

  it('locates nested frontmatter values by file line', () => {
    const { note } = parse('---\ntitle: T\nsummary: S.\nrelated:\n  - a\n  - b\n---\n');
    expect(note && frontmatterLine(note, ['related', 1])).toEqual({ line: 6 });
  });
});
