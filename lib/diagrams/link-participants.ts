/**
 * Wraps each linked participant of a rendered sequence diagram (its box and label) in an SVG
 * `<a>`. Mermaid's own participant links open a menu drawn by its runtime, which a static page
 * does not load, so the link is added to the SVG instead.
 */
import type { DiagramLink } from './diagram-source';
import { linkPlaceholder } from './link-placeholder';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function linkParticipants(svg: string, links: readonly DiagramLink[]): string {
  let result = svg;
  for (const link of links) {
    // Mermaid 11 draws each participant box as <rect name="<id>" class="actor …"/> followed by its <text>.
    const box = new RegExp(
      `(<rect\\b[^>]*\\bname="${escapeRegExp(link.node)}"[^>]*\\bclass="actor[^"]*"[^>]*/>\\s*<text\\b[^>]*>[\\s\\S]*?</text>)`,
      'g',
    );
    result = result.replace(box, `<a xlink:href="${linkPlaceholder(link.target)}">$1</a>`);
  }
  return result;
}
