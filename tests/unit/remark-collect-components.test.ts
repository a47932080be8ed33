import { describe, expect, it } from 'vitest';
import { compileAtFile, note } from './helpers';

const FM = 'title: T\nsummary: S.';

describe('remarkCollectComponents', () => {
  it("records the writer's components with their string props, at their file line, and not the ones the build adds", async () => {
    const body =
      '\nSee [[cqrs]].\n\n<SagaFacts saga="epic-saga" />\n\nInline <Badge tone="info" count={3}>new</Badge> here.\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n`<SagaFacts saga="in-code" />` is code.\n';
    const compiled = (await compileAtFile(note('patterns/t.mdx', FM, body))).compiled;
    expect(compiled?.components).toEqual([
      { name: 'SagaFacts', props: { saga: 'epic-saga' }, line: 8, column: 1 },
      { name: 'Badge', props: { tone: 'info' }, line: 10, column: 8 },
    ]);
  });
});
