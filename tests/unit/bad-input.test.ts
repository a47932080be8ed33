/**
 * Every kind of malformed content the pipeline rejects, in one place: each fixture folder is
 * named after the behaviour it pins, and the full message text is snapshot-tested.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from '@/lib/content/build-content';
import { memoryCache } from '@/lib/content/compile-cache';
import { formatProblems, type ProblemCode } from '@/lib/content/problems';
import { browserRenderer } from '@/lib/diagrams/browser-renderer';
import { diagramCache } from '@/lib/diagrams/diagram-cache';
import { HtpasswdError, parseHtpasswd, readHtpasswd } from '@/lib/server/htpasswd';
import { findBrowser } from '@/lib/testing/find-browser';

const AREAS = [
  { id: 'patterns', title: 'Patterns', description: '' },
  { id: 'data', title: 'Data', description: '' },
];

async function buildFixture(name: string) {
  const projectRoot = path.join(import.meta.dirname, '../fixtures', name);
  return buildContent({ projectRoot, areas: AREAS, cache: memoryCache(), fingerprint: 'test' });
}

const CASES: { fixture: string; codes: ProblemCode[]; mentions: RegExp }[] = [
  { fixture: 'invalid-yaml', codes: ['invalid-yaml'], mentions: /broken\.mdx:\d+:\d+ {2}Frontmatter is not valid YAML/ },
  { fixture: 'missing-title', codes: ['invalid-frontmatter'], mentions: /Missing required frontmatter key "title"/ },
  {
    fixture: 'unknown-key',
    codes: ['invalid-frontmatter'],
    mentions: /typo\.mdx:4 {2}Unknown frontmatter key "tilte"[\s\S]*did you mean "title"/,
  },
  { fixture: 'duplicate-slug', codes: ['duplicate-slug'], mentions: /Duplicate slug "cqrs"/ },
  {
    fixture: 'broken-wiki-link',
    codes: ['broken-link', 'broken-link'],
    mentions: /saga\.mdx:7:1 {2}Link to a note that does not exist: "evnt-sourcing"[\s\S]*did you mean "event-sourcing"/,
  },
  {
    fixture: 'broken-markdown-link',
    codes: ['broken-link'],
    mentions: /saga\.mdx:6:6 {2}Link to a note that does not exist: "cqrs"[\s\S]*did you mean "cqrs-pattern"/,
  },
  {
    fixture: 'missing-heading',
    codes: ['broken-anchor', 'broken-anchor'],
    mentions: /Link to a heading that does not exist: "cqrs#wrte-side"[\s\S]*did you mean "#write-side"/,
  },
  { fixture: 'mdx-does-not-compile', codes: ['mdx-compile'], mentions: /jsx\.mdx:8:\d+ {2}MDX does not compile/ },
  {
    fixture: 'unknown-related',
    codes: ['unknown-related'],
    mentions: /saga\.mdx:5 {2}"related" names a note that does not exist: "event-sourcng"/,
  },
  {
    fixture: 'md-and-mdx-same-slug',
    codes: ['duplicate-slug'],
    mentions: /cqrs\.mdx {2}Duplicate slug "cqrs": content\/patterns\/cqrs\.md has the same slug/,
  },
  {
    fixture: 'broken-relative-link',
    codes: ['broken-link', 'broken-link'],
    mentions:
      /saga\.md:6:\d+ {2}Link to a file that is not a note here: "\.\/transactional-outbx\.md"[\s\S]*did you mean "transactional-outbox"/,
  },
  {
    fixture: 'broken-diagram-link',
    codes: ['broken-link'],
    mentions:
      /saga\.mdx:9:5 {2}Link to a note that does not exist: "compensating-transacton"[\s\S]*did you mean "compensating-transaction"/,
  },
  {
    fixture: 'former-slug-is-a-live-slug',
    codes: ['duplicate-former-slug'],
    mentions: /cqrs-pattern\.mdx:7 {2}Former slug "cqrs" is the slug of a live note: content\/data\/cqrs\.mdx/,
  },
  {
    fixture: 'former-slug-is-an-alias',
    codes: ['duplicate-former-slug'],
    mentions: /event-store-pattern\.mdx:4 {2}Former slug "event-store" is an alias of "event-sourcing"/,
  },
  {
    fixture: 'former-slug-claimed-twice',
    codes: ['duplicate-former-slug'],
    mentions: /saga-orchestration\.mdx:5 {2}Former slug "saga-pattern" is also claimed by "saga-choreography"/,
  },
  {
    fixture: 'missing-image',
    codes: ['missing-image'],
    mentions: /saga\.mdx:8:1 {2}Image not found: "\.\/event-flwo\.png"[\s\S]*did you mean "\.\/event-flow\.png"/,
  },
  {
    fixture: 'image-outside-content',
    codes: ['image-outside-content'],
    mentions: /saga\.mdx:8:1 {2}Image outside the content folder: "\.\.\/\.\.\/etc\/passwd\.png"/,
  },
  {
    fixture: 'image-without-alt',
    codes: ['missing-alt'],
    mentions: /saga\.mdx:8:1 {2}Image without alt text: "\.\/dot\.png"[\s\S]*alt=""/,
  },
  {
    fixture: 'duplicate-saga-settings',
    codes: ['duplicate-saga'],
    mentions: /big-bang\.mdx:5 {2}Saga settings sync, atomic, orchestrated \(sao\) are already claimed by content\/data\/epic\.mdx/,
  },
  {
    fixture: 'invalid-saga-settings',
    codes: ['invalid-frontmatter', 'invalid-frontmatter'],
    mentions:
      /saga\.mdx:4 {2}Missing required frontmatter key "saga\.coordination"[\s\S]*saga\.mdx:8 {2}Frontmatter "saga\.ratings\.coupling"/,
  },
  {
    fixture: 'unknown-saga-facts',
    codes: ['unknown-saga', 'unknown-saga'],
    mentions: /sagas\.mdx:8:1 {2}<SagaFacts saga="epic-sag"> names no saga variant note[\s\S]*did you mean "epic-saga"/,
  },
  {
    fixture: 'link-to-missing-page',
    codes: ['broken-link', 'broken-link'],
    mentions:
      /sagas\.mdx:6:23 {2}Link to \/sagas\/\?communication=async, a page this wiki does not have[\s\S]*\/sagas\/ exists only when some note has a "saga:" block/,
  },
  {
    fixture: 'decision-unknown-status',
    codes: ['invalid-frontmatter'],
    mentions: /use-orchestration\.mdx:4 {2}Frontmatter "status" must be one of proposed, accepted, rejected, deprecated, superseded/,
  },
  {
    fixture: 'decision-supersedes-missing-note',
    codes: ['unknown-decision'],
    mentions:
      /use-orchestration\.mdx:7 {2}"supersedes" names a note that does not exist: "use-choreografy"[\s\S]*did you mean "use-choreography"/,
  },
  {
    fixture: 'decision-supersedes-one-sided',
    codes: ['invalid-decision'],
    mentions:
      /use-orchestration\.mdx:6 {2}Supersedes "use-choreography", but "use-choreography" does not say "superseded-by: use-orchestration"/,
  },
  {
    fixture: 'decision-supersede-loop',
    codes: ['supersede-loop'],
    mentions: /use-choreography\.mdx:7 {2}Supersede chain loops: use-choreography → use-orchestration → use-choreography/,
  },
  {
    fixture: 'decision-superseded-by-without-status',
    codes: ['invalid-decision'],
    mentions: /use-choreography\.mdx:6 {2}"superseded-by" is set, but the status is "accepted"/,
  },
  {
    fixture: 'decision-applies-missing-note',
    codes: ['unknown-applies'],
    mentions: /use-orchestration\.mdx:8 {2}"applies" names a note that does not exist: "orchestrator"[\s\S]*did you mean "orchestration"/,
  },
  {
    fixture: 'decision-without-status-or-date',
    codes: ['invalid-decision', 'invalid-decision'],
    mentions: /use-orchestration\.mdx:1 {2}Decision has no "status"[\s\S]*use-orchestration\.mdx:1 {2}Decision has no "date"/,
  },
  {
    fixture: 'decision-fields-outside-decisions',
    codes: ['invalid-decision'],
    mentions: /saga\.mdx:4 {2}"status" is a decision field, but this note is not in the decisions area \("decisions"\)/,
  },
  {
    fixture: 'broken-embed',
    codes: ['broken-link', 'broken-anchor'],
    mentions:
      /saga\.mdx:6:1 {2}Link to a note that does not exist: "retyr"[\s\S]*did you mean "retry"[\s\S]*saga\.mdx:8:1 {2}Link to a heading that does not exist: "retry#backof"/,
  },
  {
    fixture: 'embed-cycle',
    codes: ['embed-cycle'],
    mentions: /order\.mdx:8:1 {2}Embeds form a cycle: order#steps → payment#refunds → order#steps/,
  },
  {
    fixture: 'many-problems',
    codes: ['broken-link', 'invalid-frontmatter', 'invalid-frontmatter'],
    mentions: /3 content problems in 2 files/,
  },
];

describe('malformed content is rejected with a message that names the file, line and fix', () => {
  it.each(CASES)('$fixture', async ({ fixture, codes, mentions }) => {
    const result = await buildFixture(fixture);
    expect(result.site).toBeUndefined();
    expect(result.problems.map((p) => p.code).sort()).toEqual([...codes].sort());
    const text = formatProblems(result.problems);
    expect(text).toMatch(mentions);
    expect(text).toMatchSnapshot();
  });

  // Drawing needs Chromium: without one, the diagram is only a warning (see ensure-diagrams.test.ts).
  it.skipIf(!findBrowser())("invalid-diagram: Mermaid's own message at the file and line", async () => {
    const projectRoot = path.join(import.meta.dirname, '../fixtures/invalid-diagram');
    const diagrams = {
      cache: diagramCache(mkdtempSync(path.join(os.tmpdir(), 'diagrams-')), 'test'),
      renderer: () => browserRenderer('test'),
    };
    const result = await buildContent({ projectRoot, areas: AREAS, cache: memoryCache(), fingerprint: 'test', diagrams });
    expect(result.site).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-diagram']);
    expect(formatProblems(result.problems)).toMatch(
      /saga\.mdx:8 {2}Mermaid cannot draw this diagram: Parse error on line 2:[\s\S]*Expecting/,
    );
  });

  it('a content folder that does not exist stops the build with its path and what to set', async () => {
    const contentDir = path.join(os.tmpdir(), 'atlas-no-such-folder');
    await expect(
      buildContent({ projectRoot: os.tmpdir(), contentDir, areas: AREAS, cache: memoryCache(), fingerprint: 'test' }),
    ).rejects.toThrow(`Content folder not found: ${contentDir}\n    hint: set contentDir in site.config.ts or CONTENT_DIR`);
  });

  it("brokenLinks: 'warn' builds anyway and lists every broken link with file and line", async () => {
    const projectRoot = path.join(import.meta.dirname, '../fixtures/broken-relative-link');
    const result = await buildContent({ projectRoot, areas: AREAS, brokenLinks: 'warn', cache: memoryCache(), fingerprint: 'test' });
    expect(result.problems).toEqual([]);
    expect(result.site?.notes.map((n) => n.slug)).toEqual(['saga', 'transactional-outbox']);
    expect(result.warnings.map((w) => `${w.file}:${w.line} ${w.code}`)).toEqual([
      'content/patterns/saga.md:6 broken-link',
      'content/patterns/saga.md:7 broken-link',
    ]);
  });

  it('a valid site builds with no problems', async () => {
    const result = await buildFixture('valid-site');
    expect(result.problems).toEqual([]);
    expect(result.site?.notes.map((n) => n.slug)).toEqual(['cqrs', 'event-sourcing']);
  });
});

describe('a malformed HTPASSWD_FILE stops the server with the file, line and fix', () => {
  const messageOf = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      return error instanceof HtpasswdError ? error.message : String(error);
    }
    return 'no error';
  };

  it.each([
    ['malformed line', 'ada:$2y$05$U.RQPdzWRwPW7ma.II2RI.J4cgqyq4mKaaCoPPJYC96IMCsTbIf92\nbob\n'],
    ['unsupported hash', '# from an old server\nada:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n'],
  ])('%s', (_name, text) => {
    expect(messageOf(() => parseHtpasswd(text, 'secrets/htpasswd'))).toMatchSnapshot();
  });

  it('pointing at nothing', () => {
    expect(messageOf(() => readHtpasswd('/nonexistent/htpasswd'))).toMatchSnapshot();
  });
});
