/**
 * Draws a diagram in the reader's browser, for a build that had no browser to draw it. The SVG
 * gets the same last touches as one drawn at build: sequence participants linked, link
 * placeholders swapped for the notes' URLs (with the base path, resolved at build) and the
 * caption as its name. It never rejects: a failure comes back as a sentence to show instead.
 */
import type { Mermaid } from 'mermaid';
import type { DiagramLink } from './diagram-source';
import { linkParticipants } from './link-participants';
import { prepareSvg } from './prepare-svg';

/** What the page hands the browser: plain data, resolved on the server. */
export interface BrowserDiagram {
  /** Names the SVG, so two diagrams on a page never share ids. */
  id: string;
  /** The source as Mermaid draws it (`mermaidSource`: flowchart links already written as clicks). */
  source: string;
  /** A sequence diagram's linked participants, linked after drawing as at build; else empty. */
  participants: DiagramLink[];
  /** Each link target → its note's URL, base path included. */
  hrefs: Record<string, string>;
  captionId?: string;
}

export type DrawOutcome = { svg: string; error?: undefined } | { error: string; svg?: undefined };

type MermaidApi = Pick<Mermaid, 'initialize' | 'render'>;

/** Mermaid is about 650 KB gzip: imported only when a page has to draw a diagram itself. */
const importMermaid = async (): Promise<MermaidApi> => (await import('mermaid')).default;

export async function drawInBrowser(
  diagram: BrowserDiagram,
  { dark, load = importMermaid }: { dark: boolean; load?: () => Promise<MermaidApi> },
): Promise<DrawOutcome> {
  try {
    const mermaid = await load();
    mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict' });
    const { svg } = await mermaid.render(`${diagram.id}-svg`, diagram.source);
    const linked = diagram.participants.length > 0 ? linkParticipants(svg, diagram.participants) : svg;
    return {
      svg: prepareSvg(linked, {
        ...(diagram.captionId ? { captionId: diagram.captionId } : {}),
        hrefOf: (target) => diagram.hrefs[target],
      }),
    };
  } catch (error) {
    // A chunk that failed to load, or a source Mermaid cannot draw in this browser.
    return { error: `This diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}` };
  }
}
