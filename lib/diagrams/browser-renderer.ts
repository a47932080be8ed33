/**
 * Draws Mermaid diagrams to SVG in one headless Chromium session (mermaid-isomorphic), the
 * same browser the end-to-end tests use. Returns undefined when the machine has no browser.
 */
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { findBrowser } from '../browser/find-browser';
import { sandboxedLaunch, withSandboxFallback } from '../browser/sandbox';
import { DIAGRAM_THEMES, MERMAID_THEME, diagramHash, diagramLinks, isSequenceDiagram, mermaidSource, type DiagramTheme } from './diagram-source';
import { optimizeSvg } from './optimize-svg';
import { linkParticipants } from './link-participants';

export interface RenderRequest {
  source: string;
  theme: DiagramTheme;
}

export type RenderOutcome = { svg: string; error?: undefined } | { svg?: undefined; error: string };

export type RenderDiagrams = (requests: readonly RenderRequest[]) => Promise<RenderOutcome[]>;

/** `uid` decides the sandbox (see sandbox.ts); tests pass one to take the other path. */
export function browserRenderer(version: string, uid = process.getuid?.()): RenderDiagrams | undefined {
  const browser = findBrowser();
  if (!browser) return undefined;
  const renderer = withSandboxFallback(sandboxedLaunch(browser, uid), (launchOptions) => createMermaidRenderer({ launchOptions }));
  return async (requests) => {
    const outcomes = new Array<RenderOutcome>(requests.length);
    // One renderer call per theme: each call opens a page and loads Mermaid (about a second),
    // while the diagrams of one call are drawn together in that page.
    for (const theme of DIAGRAM_THEMES) {
      const batch = [...requests.entries()].filter(([, request]) => request.theme === theme);
      if (batch.length === 0) continue;
      const results = await renderer(
        batch.map(([, request]) => mermaidSource(request.source)),
        { prefix: BATCH_PREFIX, mermaidConfig: { theme: MERMAID_THEME[theme], securityLevel: 'strict' } },
      );
      for (const [position, [index, request]] of batch.entries()) {
        const result = results[position];
        if (result?.status !== 'fulfilled') {
          outcomes[index] = { error: errorText(result?.reason) };
          continue;
        }
        // Ids (the SVG's own, its <style> scope, its markers) get a name from the diagram's
        // hash, so two SVGs on one page never clash, whichever batch drew them.
        const ownId = `d${diagramHash(request.source, theme, version).slice(0, 12)}`;
        let svg = result.value.svg.replace(new RegExp(`${BATCH_PREFIX}-${position}(?!\\d)`, 'g'), ownId);
        if (isSequenceDiagram(request.source)) svg = linkParticipants(svg, diagramLinks(request.source));
        outcomes[index] = { svg: optimizeSvg(svg) };
      }
    }
    return outcomes;
  };
}

const BATCH_PREFIX = 'atlas-diagram';

function errorText(reason: unknown): string {
  // mermaid-isomorphic rethrows errors from the page as plain { name, message } objects.
  const message = typeof reason === 'object' && reason && 'message' in reason ? String(reason.message) : String(reason);
  return message.replace(/^Error: /, '').trim();
}
