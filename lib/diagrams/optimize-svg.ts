/**
 * Shrinks a rendered SVG with SVGO before it is cached. Mermaid writes coordinates with up to
 * 17 digits and draws rounded shapes as long multi-stroke paths; SVGO's defaults cut the
 * gzipped size of our diagrams by about a third. Plugins that would break an inline diagram
 * are off: ids must stay unique per page (each SVG's <style> is scoped by its id), and the
 * labels are HTML inside <foreignObject>, which SVGO does not know.
 *
 * Mermaid's <style> carries the rules of every element its diagram type can draw (about a
 * quarter of an SVG); csso keeps only those whose classes, ids and tags the SVG has, which
 * cuts another 15% gzip. The SVG is static, so no element gains a class later.
 */
import { optimize } from 'svgo';

export function optimizeSvg(svg: string): string {
  return optimize(svg, {
    multipass: true,
    floatPrecision: 2,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            cleanupIds: false,
            inlineStyles: false,
            minifyStyles: { usage: { force: true } },
            removeUnknownsAndDefaults: false,
            removeHiddenElems: false,
            convertShapeToPath: false,
            mergePaths: false,
          },
        },
      },
    ],
  }).data;
}
