/**
 * Draws Mermaid diagrams to SVG in one headless Chromium session (mermaid-isomorphic), the
 * same browser the end-to-end tests use. Returns undefined when the machine has no browser.
 * Each diagram is drawn once, in the palette's sentinel colours, which become CSS variables
 * (see diagram-palette.ts), so one SVG serves both site themes.
 */
import { createMermaidRenderer } from 'mermaid-isomorphic';
import { findBrowser } from '../browser/find-browser';
import { sandboxedLaunch, withSandboxFallback } from '../browser/sandbox';
import { loadPalette, sentinelThemeVariables, sentinelsToVariables } from './diagram-palette';
import { diagramHash, diagramLinks, isSequenceDiagram, mermaidSource } from './diagram-source';
import { optimizeSvg } from './optimize-svg';
import { linkParticipants } from './link-participants';

export interface RenderRequest {
  source: string;
}

export type RenderOutcome = { svg: string; error?: undefined } | { svg?: undefined; error: string };

export type RenderDiagrams = (requests: readonly RenderRequest[]) => Promise<RenderOutcome[]>;

/** `uid` decides the sandbox (see sandbox.ts); tests pass one to take the other path. */
export function browserRenderer(version: string, uid = process.getuid?.()): RenderDiagrams | undefined {
  const browser = findBrowser();
  if (!browser) return undefined;
  const renderer = withSandboxFallback(sandboxedLaunch(browser, uid), (launchOptions) => createMermaidRenderer({ launchOptions }));
  return async (requests) => {
    const palette = await loadPalette();
    // One renderer call: it opens a page and loads Mermaid (about a second), then draws all.
    const results = await renderer(
      requests.map((request) => mermaidSource(request.source)),
      {
        prefix: BATCH_PREFIX,
        mermaidConfig: { theme: 'default', themeVariables: sentinelThemeVariables(palette), securityLevel: 'strict' },
      },
    );
    return requests.map((request, position) => {
      const result = results[position];
      if (result?.status !== 'fulfilled') return { error: errorText(result?.reason) };
      // Ids (the SVG's own, its <style> scope, its markers) get a name from the diagram's
      // hash, so two SVGs on one page never clash, whichever batch drew them.
      const ownId = `d${diagramHash(request.source, version).slice(0, 12)}`;
      let svg = result.value.svg.replace(new RegExp(`${BATCH_PREFIX}-${position}(?!\\d)`, 'g'), ownId);
      if (isSequenceDiagram(request.source)) svg = linkParticipants(svg, diagramLinks(request.source));
      // Before SVGO, which would rewrite the sentinels' spelling (rgba → hex, short hex).
      return { svg: optimizeSvg(sentinelsToVariables(svg, palette)) };
    });
  };
}

const BATCH_PREFIX = 'atlas-diagram';

function errorText(reason: unknown): string {
  // mermaid-isomorphic rethrows errors from the page as plain { name, message } objects.
  const message = typeof reason === 'object' && reason && 'message' in reason ? String(reason.message) : String(reason);
  return message.replace(/^Error: /, '').trim();
}
