import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '@/lib/content/frontmatter';
import { parseSource, type ParseSettings } from '@/lib/content/parse';
import { source } from './helpers';

const LENIENT: ParseSettings = { frontmatter: 'optional', ignoredFrontmatterKeys: [], unknownFrontmatterKeys: 'ignore' };
const parse = (raw: string, settings = LENIENT, file = 'guides/incident-response.md') => parseSource(source(file, raw), settings);

describe('frontmatter is YAML and nothing else', () => {
  it.each(['js', 'javascript', ' js', 'coffee', 'json', 'toml'])('refuses a block fenced "---%s" without running it', (language) => {
    const marker = path.join(mkdtempSync(path.join(os.tmpdir(), 'atlas-fm-')), 'ran');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { title: 'T' }`;
    const { note, problems } = parse(`---${language}\n${code}\n---\nBody.\n`);
    expect(note).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: 'refused-file', line: 1, message: expect.stringContaining('only YAML') })]);
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses YAML tags that would construct values, with the line', () => {
    const { problems } = parse('---\ntitle: T\nrun: !!js/function "function () { return 1 }"\n---\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'refused-file', line: 3, message: expect.stringContaining('YAML tag') })]);
  });

  it('reads plain YAML, and a mapping only', () => {
    expect(readFrontmatter('---\ntitle: T\ntags: [a, b]\n---\nBody').data).toEqual({ title: 'T', tags: ['a', 'b'] });
    expect(readFrontmatter('No frontmatter.').data).toEqual({});
    expect(parse('---\n- a list\n---\n').problems[0]).toMatchObject({ code: 'invalid-yaml', message: expect.stringContaining('map') });
  });

  it('names the line of a YAML syntax error', () => {
    expect(parse('---\ntitle: T\nsummary: [unclosed\n---\n').problems[0]).toMatchObject({ code: 'invalid-yaml', line: 3 });
  });
});

describe('frontmatter as people write it', () => {
  it('takes a single value where a list is expected, and an empty key as an empty list', () => {
    const { note, problems } = parse('---\naliases: IR\ntags: runbook\nrelated:\ncssclasses: wide\n---\n# Incident response\n');
    expect(problems).toEqual([]);
    expect(note?.frontmatter).toMatchObject({ aliases: ['IR'], tags: ['runbook'], related: [], cssclasses: ['wide'] });
  });

  it("reads Obsidian's description as the summary and the singular keys of older vaults", () => {
    const { note } = parse(
      '---\ndescription: What to do when paged.\nalias: IR\ncssclass: wide\n---\n# Incident response\n\nFirst paragraph.\n',
    );
    expect(note?.frontmatter).toMatchObject({ summary: 'What to do when paged.', aliases: ['IR'], cssclasses: ['wide'] });
    expect(note?.summaryFromBody).toBe(false);
  });

  it('keeps a note with publish: false out, as draft: true does', () => {
    expect(parse('---\npublish: false\n---\nText.\n').note?.frontmatter.draft).toBe(true);
    expect(parse('---\npublish: true\n---\nText.\n').note?.frontmatter.draft).toBe(false);
  });

  it("makes a permalink the note's address, its file name's address a former one", () => {
    const { note } = parse('---\npermalink: /runbooks/incidents/\n---\nText.\n');
    expect(note?.slug).toBe('runbooks-incidents');
    expect(note?.frontmatter['moved-from']).toEqual(['incident-response']);
  });

  it('sets unknown keys and decision fields outside the decisions area aside in a lenient wiki', () => {
    const result = parse('---\ntitle: T\ncreated: 2024-01-01\ndate: 2024-01-02 10:00\nstatus: draft\n---\nText.\n');
    expect(result.problems).toEqual([]);
    expect(result.ignoredKeys).toEqual(['created', 'date', 'status']);
  });

  it('reports them with their lines where the wiki asks for strictness', () => {
    const strict: ParseSettings = { ...LENIENT, unknownFrontmatterKeys: 'error' };
    expect(parse('---\ntitle: T\ncreated: 2024-01-01\n---\nText.\n', strict).problems).toEqual([
      expect.objectContaining({ code: 'invalid-frontmatter', line: 3, message: 'Unknown frontmatter key "created"' }),
    ]);
  });

  it('keeps decision fields on a decision record, one supersedes written as a single slug', () => {
    const { note, problems } = parse(
      '---\ntitle: T\nstatus: accepted\ndate: 2024-01-02\nsupersedes: older-choice\n---\nText.\n',
      LENIENT,
      'decisions/use-postgres.md',
    );
    expect(problems).toEqual([]);
    expect(note?.frontmatter).toMatchObject({ status: 'accepted', supersedes: ['older-choice'] });
  });
});
