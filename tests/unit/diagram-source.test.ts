import { describe, expect, it } from 'vitest';
import { diagramHash, diagramLinks, mermaidSource } from '@/lib/diagrams/diagram-source';
import { linkParticipants } from '@/lib/diagrams/link-participants';
import { prepareSvg } from '@/lib/diagrams/prepare-svg';

const FLOW = 'flowchart LR\n    order --> pay\n    %% link pay [[compensating-transaction]]\n';
const SEQUENCE = 'sequenceDiagram\n    participant O as Orchestrator\n    %% link O [[orchestration]]\n    O->>O: work\n';

describe('diagram links', () => {
  it('reads `%% link <node> [[slug]]` lines with their place in the source', () => {
    expect(diagramLinks(FLOW)).toEqual([{ node: 'pay', target: 'compensating-transaction', line: 2, column: 5 }]);
    expect(diagramLinks('flowchart LR\n    %% just a comment\n')).toEqual([]);
  });

  it('turns flowchart links into Mermaid click lines, and leaves sequence diagrams to be linked after drawing', () => {
    expect(mermaidSource(FLOW)).toContain('click pay href "/notes/compensating-transaction/"');
    expect(mermaidSource(SEQUENCE)).toBe(SEQUENCE);
  });

  it('wraps a linked participant box and its label in an SVG link', () => {
    const svg =
      '<svg><g><rect x="0" name="O" class="actor actor-top"/><text class="actor actor-box"><tspan>Orchestrator</tspan></text></g></svg>';
    expect(linkParticipants(svg, diagramLinks(SEQUENCE))).toBe(
      '<svg><g><a xlink:href="/notes/orchestration/"><rect x="0" name="O" class="actor actor-top"/><text class="actor actor-box"><tspan>Orchestrator</tspan></text></a></g></svg>',
    );
  });

  it('swaps placeholders for the real URL with the base path, and names the SVG by its caption', () => {
    const svg = '<svg id="d1"><a xlink:href="/notes/saga/">x</a><a href="/notes/nowhere/">y</a></svg>';
    const hrefOf = (target: string) => (target === 'saga' ? '/kb/notes/saga-pattern/' : undefined);
    expect(prepareSvg(svg, { captionId: 'c1', hrefOf })).toBe(
      '<svg aria-labelledby="c1" id="d1"><a href="/kb/notes/saga-pattern/">x</a><a href="/notes/nowhere/">y</a></svg>',
    );
  });
});

describe('diagramHash', () => {
  it('changes with the source and the Mermaid version, and only with them', () => {
    const base = diagramHash(FLOW, '11.0.0');
    expect(diagramHash(FLOW, '11.0.0')).toBe(base);
    expect(diagramHash(`${FLOW} `, '11.0.0')).not.toBe(base);
    expect(diagramHash(FLOW, '11.0.1')).not.toBe(base);
  });
});
