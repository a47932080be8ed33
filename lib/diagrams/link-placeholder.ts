/**
 * A site-absolute placeholder the renderer writes into the SVG for a diagram's link; the page
 * swaps in the real URL (prepare-svg.ts). Its own module, free of Node imports, because the
 * browser fallback (draw-in-browser.ts) links sequence participants with it too.
 */
export function linkPlaceholder(target: string): string {
  return `/notes/${encodeURIComponent(target)}/`;
}
