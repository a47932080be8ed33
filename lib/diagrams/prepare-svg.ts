/**
 * Last touches to a cached SVG as a page embeds it: its accessible name points at the
 * figure's caption, and link placeholders become the notes' real URLs (resolved by slug or
 * alias, with the base path), so the cached file never depends on other notes or the host.
 */
import { decodeAnchor } from '../content/paths';

const PLACEHOLDER_LINK = /(?:xlink:)?href="\/notes\/([^"/]+)\/"/g;

export interface PrepareSvgOptions {
  captionId?: string;
  /** A wiki-link target → the note's URL, or undefined when there is no such note. */
  hrefOf: (target: string) => string | undefined;
}

export function prepareSvg(svg: string, { captionId, hrefOf }: PrepareSvgOptions): string {
  let result = svg.replace(PLACEHOLDER_LINK, (whole, target: string) => {
    const href = hrefOf(decodeAnchor(target));
    return href ? `href="${href}"` : whole;
  });
  // Mermaid names the SVG itself when the source has `accTitle`; otherwise the caption does.
  if (captionId && !/^<svg\b[^>]*\baria-labelledby=/.test(result))
    result = result.replace(/^<svg\b/, `<svg aria-labelledby="${captionId}"`);
  return result;
}
