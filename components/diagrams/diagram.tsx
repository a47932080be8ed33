import type { ReactNode } from 'react';
import { getConfig } from '@/lib/config';
import { noteHref, withBasePath } from '@/lib/content/paths';
import type { Site } from '@/lib/content/site-model';
import { mermaidVersion } from '@/lib/diagrams/mermaid-version';
import { diagramHash, diagramLinks, isSequenceDiagram, mermaidSource } from '@/lib/diagrams/diagram-source';
import type { BrowserDiagram } from '@/lib/diagrams/draw-in-browser';
import { prepareSvg } from '@/lib/diagrams/prepare-svg';
import { DiagramFallback } from './diagram-fallback';

const version = mermaidVersion();

export interface DiagramProps {
  /** The Mermaid source, as written in the note. */
  source: string;
  /** The caption (the note's `*Figure: …*` line). */
  children?: ReactNode;
  hrefOf: (target: string) => string | undefined;
  /** Mermaid's message for a diagram it cannot draw (a build with `brokenLinks: warn`): shown with the code instead. */
  error?: string | undefined;
  /** The drawn SVG, cleaned, from the site model (`site.diagramSvgs`); none when it was not drawn. */
  svg?: string | undefined;
}

/** Diagram links are raw SVG <a> elements, not Next links, so they get the base path here. */
export function diagramHrefs(site: Site): DiagramProps['hrefOf'] {
  return (target) => {
    const note = site.resolve(target);
    return note ? withBasePath(noteHref(note.slug), getConfig().basePath) : undefined;
  };
}

/** What the browser needs to draw a diagram itself: links resolved here, where the notes and the base path are known. */
export function browserDiagram(id: string, source: string, hrefOf: DiagramProps['hrefOf'], captionId?: string): BrowserDiagram {
  const links = diagramLinks(source);
  const hrefs = Object.fromEntries(
    links.flatMap(({ target }) => {
      const href = hrefOf(target);
      return href ? [[target, href]] : [];
    }),
  );
  return {
    id,
    source: mermaidSource(source),
    participants: isSequenceDiagram(source) ? links : [],
    hrefs,
    ...(captionId ? { captionId } : {}),
  };
}

/**
 * A diagram drawn at build time: one SVG whose colours are CSS variables with a light and a
 * dark value (app/diagram-palette.css), so toggling the theme neither flashes nor redraws.
 * A diagram missing from the content folder's `.diagrams/` is drawn in the reader's browser instead.
 */
export function Diagram({ source, children, hrefOf, error, svg }: DiagramProps) {
  const id = `diagram-${diagramHash(source, version).slice(0, 10)}`;
  const captionId = children ? `${id}-caption` : undefined;
  const caption = captionId ? (
    <figcaption id={captionId} className="mt-2 text-sm text-muted">
      {children}
    </figcaption>
  ) : null;
  if (!svg && error !== undefined) {
    return (
      <figure className="not-prose my-6" data-diagram-invalid>
        <pre className="overflow-x-auto rounded border border-line p-3 text-sm" tabIndex={0}>
          <code>{source}</code>
        </pre>
        <figcaption className="mt-2 text-sm broken-link">Mermaid cannot draw this diagram: {error}</figcaption>
        {caption}
      </figure>
    );
  }
  if (!svg) {
    return (
      <figure className="not-prose my-6" data-diagram-pending>
        <DiagramFallback diagram={browserDiagram(id, source, hrefOf, captionId)} />
        {caption}
      </figure>
    );
  }
  return (
    <figure className="not-prose my-6" data-diagram>
      <div className="diagram overflow-x-auto" dangerouslySetInnerHTML={{ __html: prepareSvg(svg, { captionId, hrefOf }) }} />
      {caption}
    </figure>
  );
}
