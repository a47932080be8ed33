import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Diagram } from '@/components/diagrams/diagram';
import type { RenderDiagrams } from '@/lib/diagrams/browser-renderer';
import { diagramCache } from '@/lib/diagrams/diagram-cache';
import { ensureDiagrams } from '@/lib/diagrams/ensure-diagrams';

const AT = { file: 'content/patterns/saga.mdx', line: 12, source: 'flowchart LR\n    a --> b' };

function setup(render?: RenderDiagrams) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diagrams-'));
  const renderer = vi.fn(() => render);
  return { dir, renderer, options: { cache: diagramCache(dir, '11.0.0'), renderer } };
}

describe('ensureDiagrams', () => {
  it('draws a new diagram once, for both themes, caches it, and never opens a browser for it again', async () => {
    const render = vi.fn<RenderDiagrams>(async (requests) => requests.map((r) => ({ svg: `<svg>${r.source.length}</svg>` })));
    const { dir, renderer, options } = setup(render);
    const first = await ensureDiagrams([AT, { ...AT, file: 'content/patterns/other.mdx' }], options);
    expect(first).toMatchObject({ problems: [], warnings: [], stats: { rendered: 1, reused: 0, pruned: 0 } });
    expect(render).toHaveBeenCalledTimes(1);
    expect(render).toHaveBeenCalledWith([{ source: AT.source, at: expect.any(Array) }]);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(options.cache.read(AT.source)).toBe(`<svg>${AT.source.length}</svg>`);

    const second = await ensureDiagrams([AT], options);
    expect(second.stats).toEqual({ rendered: 0, reused: 1, pruned: 0 });
    expect(renderer).toHaveBeenCalledTimes(1);
  });

  it('removes the SVGs of a diagram that changed, when asked to prune', async () => {
    const { dir, options } = setup(async (requests) => requests.map(() => ({ svg: '<svg/>' })));
    await ensureDiagrams([AT], options);
    const edited = { ...AT, source: `${AT.source} --> c` };
    const result = await ensureDiagrams([edited], { ...options, prune: true });
    expect(result.stats).toEqual({ rendered: 1, reused: 0, pruned: 1 });
    expect(readdirSync(dir)).toEqual([path.basename(options.cache.file(edited.source))]);
  });

  it("reports a diagram Mermaid cannot parse at its file and line, with Mermaid's message", async () => {
    const { options } = setup(async (requests) => requests.map(() => ({ error: 'Parse error on line 2:\nExpecting SQE' })));
    const result = await ensureDiagrams([AT], options);
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: AT.file,
        line: 14,
        code: 'invalid-diagram',
        message: expect.stringContaining('Parse error on line 2'),
      }),
    ]);
  });

  it('with no browser, warns about an uncached diagram by file and line, and its page draws it in the browser', async () => {
    const { options } = setup(undefined);
    const result = await ensureDiagrams([AT], options);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([expect.objectContaining({ file: AT.file, line: AT.line, code: 'diagram-not-drawn' })]);

    const html = renderToStaticMarkup(
      createElement(Diagram, { source: `${AT.source}\n    %% never cached ${Date.now()}`, hrefOf: () => undefined }, 'Figure: a fallback.'),
    );
    expect(html).toContain('data-diagram-pending');
    expect(html).toContain('Drawing the diagram');
    expect(html).not.toContain('<svg');
  });
});
