import { describe, expect, it } from 'vitest';
import { compileAtFile, note } from './helpers';

const FM = 'title: T\nsummary: S.';
const BODY =
  '\nIntro.\n\n```mermaid\nflowchart LR\n    a[Order] --> b[Payment]\n    %% link b [[cqrs]]\n```\n\n*Figure: an order is paid.*\n';

describe('remarkMermaid', () => {
  it('turns a mermaid block into a <Diagram> with its caption, and records it at its file line', async () => {
    const result = await compileAtFile(note('patterns/t.mdx', FM, BODY));
    expect(result.compiled?.diagrams).toEqual([{ line: 8, source: 'flowchart LR\n    a[Order] --> b[Payment]\n    %% link b [[cqrs]]' }]);
    const code = result.compiled?.code ?? '';
    expect(code).toContain('Diagram');
    expect(code).toContain('Figure: an order is paid.');
    // The caption moves into the figure: no paragraph of its own, and no highlighted code block.
    expect(code).not.toMatch(/_components\.p, \{\s*children: _jsx\(_components\.em/);
    expect(code).not.toContain('language-mermaid');
  });

  it('collects `%% link` lines as links to check, at their line in the file', async () => {
    const links = (await compileAtFile(note('patterns/t.mdx', FM, BODY))).compiled?.links;
    expect(links).toEqual([expect.objectContaining({ kind: 'wiki', target: 'cqrs', line: 11, column: 5 })]);
    // Backlinks quote the linking node, as the link's words, and the diagram's caption.
    expect(links?.[0]?.context).toEqual([{ text: 'b', link: true }, { text: ' in the diagram "an order is paid."' }]);
  });

  it('leaves a diagram without a caption line uncaptioned, and other code blocks alone', async () => {
    const result = await compileAtFile(
      note('patterns/t.mdx', FM, '\n```mermaid\nsequenceDiagram\n    A->>B: hi\n```\n\nPlain text.\n\n```text\nnot a diagram\n```\n'),
    );
    expect(result.compiled?.diagrams).toHaveLength(1);
    expect(result.compiled?.code).toContain('Plain text.');
    expect(result.compiled?.code).toContain('not a diagram');
  });
});
