import { describe, expect, it, vi } from 'vitest';
import { browserDiagram } from '@/components/diagrams/diagram';
import { drawInBrowser } from '@/lib/diagrams/draw-in-browser';

/** Stands in for Mermaid in Node: records its settings and returns the SVG it is given. */
function fakeMermaid(svg: string | Error) {
  return {
    initialize: vi.fn(),
    render: vi.fn(async () => {
      if (svg instanceof Error) throw svg;
      return { svg, diagramType: 'flowchart' };
    }),
  };
}

const hrefOf = (target: string) => (target === 'cqrs' || target === 'CQRS' ? '/kb/notes/cqrs/' : undefined);

describe('a diagram drawn in the browser', () => {
  it('gets its links with the base path and its caption as name, as one drawn at build', async () => {
    const diagram = browserDiagram('diagram-1', 'flowchart LR\n  a --> b\n  %% link b [[CQRS]]', hrefOf, 'diagram-1-caption');
    expect(diagram.source).toContain('click b href "/notes/CQRS/"');
    expect(diagram.hrefs).toEqual({ CQRS: '/kb/notes/cqrs/' });
    const mermaid = fakeMermaid('<svg id="diagram-1-svg"><a xlink:href="/notes/CQRS/"><g>b</g></a></svg>');
    const outcome = await drawInBrowser(diagram, { dark: true, load: async () => mermaid });
    expect(outcome).toEqual({
      svg: '<svg aria-labelledby="diagram-1-caption" id="diagram-1-svg"><a href="/kb/notes/cqrs/"><g>b</g></a></svg>',
    });
    expect(mermaid.initialize).toHaveBeenCalledWith(expect.objectContaining({ theme: 'dark', securityLevel: 'strict' }));
    expect(mermaid.render).toHaveBeenCalledWith('diagram-1-svg', diagram.source);
  });

  it("links a sequence diagram's participants after drawing it", async () => {
    const diagram = browserDiagram(
      'diagram-2',
      'sequenceDiagram\n  participant Order\n  %% link Order [[cqrs]]\n  Order->>Pay: go',
      hrefOf,
    );
    const participant = '<rect name="Order" class="actor actor-top"/><text>Order</text>';
    const outcome = await drawInBrowser(diagram, { dark: false, load: async () => fakeMermaid(`<svg>${participant}</svg>`) });
    expect(outcome.svg).toBe(`<svg><a href="/kb/notes/cqrs/">${participant}</a></svg>`);
  });

  it('comes back with a readable sentence when Mermaid cannot draw it or cannot load', async () => {
    const diagram = browserDiagram('diagram-3', 'flowchart LR\n  a -->', hrefOf);
    expect(await drawInBrowser(diagram, { dark: false, load: async () => fakeMermaid(new Error('Parse error on line 2')) })).toEqual({
      error: 'This diagram could not be drawn: Parse error on line 2',
    });
    expect(
      await drawInBrowser(diagram, { dark: false, load: () => Promise.reject(new Error('Failed to fetch dynamically imported module')) }),
    ).toEqual({ error: 'This diagram could not be drawn: Failed to fetch dynamically imported module' });
  });
});
