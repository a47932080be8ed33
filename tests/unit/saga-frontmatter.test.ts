/** The `saga:` frontmatter block and `<SagaFacts>`: what a variant note may say, and the messages when it is wrong. */
import { describe, expect, it } from 'vitest';
import { checkSagaFacts, checkSagaSettings } from '@/lib/content/check-sagas';
import { parseSource, type ParsedNote } from '@/lib/content/parse';
import { compileAtFile, note, source } from './helpers';

const parse = (frontmatter: string) => parseSource(source('patterns/s.mdx', `---\ntitle: S\nsummary: S.\n${frontmatter}\n---\n\nBody.\n`));
const RATINGS = '{ coupling: very high, complexity: low, responsiveness: low, scale: very low }';

describe('saga frontmatter', () => {
  it('reads settings and ratings, block or flow style', () => {
    const block = parse(`saga:\n  communication: sync\n  consistency: atomic\n  coordination: orchestrated\n  ratings: ${RATINGS}`);
    expect(block.problems).toEqual([]);
    expect(block.note?.frontmatter.saga).toEqual({
      communication: 'sync',
      consistency: 'atomic',
      coordination: 'orchestrated',
      ratings: { coupling: 'very high', complexity: 'low', responsiveness: 'low', scale: 'very low' },
    });
    const flow = parse(`saga: { communication: sync, consistency: atomic, coordination: orchestrated, ratings: ${RATINGS} }`);
    expect(flow.note?.frontmatter.saga).toEqual(block.note?.frontmatter.saga);
  });

  it('is optional: a note without it is no saga variant', () => {
    expect(parse('tags: [x]').note?.frontmatter.saga).toBeUndefined();
  });

  it('names the key, the line and the allowed values of a wrong or unknown setting', () => {
    const { problems } = parse(
      `saga:\n  communication: carrier-pigeon\n  consistency: atomic\n  cordination: orchestrated\n  ratings: ${RATINGS}`,
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, expect.stringMatching(/^Frontmatter "saga\.communication" .*"sync"\|"async"/)],
      [4, 'Missing required frontmatter key "saga.coordination"'],
      [7, 'Unknown frontmatter key "saga.cordination"'],
    ]);
    expect(problems[1]?.hint).toBe('add "coordination:" under "saga:"');
  });

  it('tells a value of the wrong type from a missing one', () => {
    expect(parse('saga: sao').problems.map((p) => p.message)).toEqual(['Frontmatter "saga" expected object, received string']);
    expect(
      parse('saga:\n  communication: sync\n  consistency: atomic\n  coordination: orchestrated\n  ratings: high').problems.map(
        (p) => p.message,
      ),
    ).toEqual(['Frontmatter "saga.ratings" expected object, received string']);
  });
});

describe('checkSagaSettings', () => {
  const variant = (path: string, coordination: string) =>
    note(
      path,
      `title: T\nsummary: S.\nsaga:\n  communication: async\n  consistency: eventual\n  coordination: ${coordination}\n  ratings: ${RATINGS}`,
      '\nBody.\n',
    );

  it('accepts one note per combination of settings', () => {
    expect(checkSagaSettings([variant('patterns/a.mdx', 'orchestrated'), variant('patterns/b.mdx', 'choreographed')])).toEqual([]);
  });

  it('reports every later note that claims a combination already claimed, at its saga: line', () => {
    const problems = checkSagaSettings([
      variant('patterns/a.mdx', 'orchestrated'),
      variant('patterns/b.mdx', 'orchestrated'),
      variant('data/c.mdx', 'orchestrated'),
    ]);
    expect(problems.map((p) => [p.file, p.line, p.code, p.message])).toEqual([
      [
        'content/patterns/b.mdx',
        4,
        'duplicate-saga',
        'Saga settings async, eventual, orchestrated (aeo) are already claimed by content/patterns/a.mdx',
      ],
      [
        'content/data/c.mdx',
        4,
        'duplicate-saga',
        'Saga settings async, eventual, orchestrated (aeo) are already claimed by content/patterns/a.mdx',
      ],
    ]);
  });
});

describe('checkSagaFacts', () => {
  const SAGA = `saga: { communication: sync, consistency: atomic, coordination: orchestrated, ratings: ${RATINGS} }`;
  const entriesOf = (...notes: ParsedNote[]) =>
    Promise.all(notes.map(async (n) => ({ note: n, compiled: (await compileAtFile(n)).compiled })));

  it('accepts a component naming a published variant note, its own or another', async () => {
    const epic = note('patterns/epic.mdx', `title: Epic\nsummary: S.\n${SAGA}`, '\n<SagaFacts saga="epic" />\n');
    const overview = note('patterns/overview.mdx', 'title: Overview\nsummary: S.', '\n<SagaFacts saga="epic" />\n');
    expect(checkSagaFacts(await entriesOf(epic, overview))).toEqual([]);
  });

  it("refuses a missing prop and a published note naming a draft variant, at the component's line", async () => {
    const draft = note('patterns/epic.mdx', `title: Epic\nsummary: S.\ndraft: true\n${SAGA}`, '\nBody.\n');
    const overview = note('patterns/overview.mdx', 'title: Overview\nsummary: S.', '\n<SagaFacts />\n\n<SagaFacts saga="epic" />\n');
    expect(checkSagaFacts(await entriesOf(draft, overview)).map((p) => [p.line, p.message])).toEqual([
      [6, '<SagaFacts> names no saga variant'],
      [8, '<SagaFacts saga="epic"> names a draft, which will not be published'],
    ]);
  });
});
