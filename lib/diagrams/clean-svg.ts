/**
 * An SVG from the content folder is data: a diagram in the committed `.diagrams/` cache may have
 * been edited by anyone with commit rights, and an SVG image by anyone at all. Before one is
 * inlined in a page or published, it is cut to an allow-list (through SVGO's parser, the one the
 * cache is optimized with): only drawing elements, no script, no event handler, no animation that
 * could set a link, no address but a site path, a fragment or http(s), and no CSS that reaches
 * outside the drawing (every rule of its `<style>` is scoped to the SVG's own id; no `@import`).
 *
 * A diagram keeps Mermaid's labels, which are HTML inside `<foreignObject>`, cut to text-level
 * elements with a class and a style; a standalone image loses `<foreignObject>` altogether.
 */
import { createRequire } from 'node:module';
import type * as CssTree from 'css-tree';
import type { CssNode } from 'css-tree';
import type * as Svgo from 'svgo';
import type { CustomPlugin, XastElement, XastParent } from 'svgo';

// Loaded with the first SVG to clean, not by every process that might clean one: a check whose
// diagrams were cleaned before (diagram-cache.ts keeps them) never loads them.
const require = createRequire(import.meta.url);
let libraries: { svgo: typeof Svgo; css: typeof CssTree } | undefined;
const load = () => (libraries ??= { svgo: require('svgo') as typeof Svgo, css: require('css-tree') as typeof CssTree });

const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'defs',
  'marker',
  'symbol',
  'use',
  'title',
  'desc',
  'style',
  'a',
  'clipPath',
  'mask',
  'pattern',
  'linearGradient',
  'radialGradient',
  'stop',
  'filter',
  'feDropShadow',
  'feGaussianBlur',
  'feOffset',
  'feFlood',
  'feComposite',
  'feMerge',
  'feMergeNode',
  'feBlend',
  'feColorMatrix',
]);
const LABEL_ELEMENTS = new Set(['div', 'span', 'p', 'br', 'b', 'strong', 'i', 'em', 'code', 'small', 'sub', 'sup', 'u', 's']);
const LABEL_ATTRIBUTES = new Set(['class', 'style', 'xmlns']);
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href']);
/** A site path, a fragment or a web address: nothing a click or a load could run. */
const SAFE_ADDRESS = /^(\/(?!\/)|#|https?:\/\/)/i;
/** CSS that could load something or escape the drawing. */
const UNSAFE_STYLE = /url\s*\(|@import|expression\s*\(|position\s*:\s*(fixed|sticky)|behavior\s*:|-moz-binding/i;

export interface CleanSvgOptions {
  /** Keep Mermaid's HTML labels (`<foreignObject>`), cleaned; an image drops them. */
  labels: boolean;
}

export function cleanSvg(svg: string, { labels }: CleanSvgOptions): string {
  return load().svgo.optimize(svg, { multipass: false, plugins: [cleaning(labels)] }).data;
}

function cleaning(labels: boolean): CustomPlugin {
  return {
    name: 'atlasCleanSvg',
    fn: () => {
      let rootId: string | undefined;
      return {
        element: {
          enter(node: XastElement, parent: XastParent) {
            if (parent.type === 'root') rootId = node.attributes.id;
            const inLabel = parent.type === 'element' && (parent.name === 'foreignObject' || isLabel(parent));
            const allowed = inLabel
              ? LABEL_ELEMENTS.has(node.name)
              : SVG_ELEMENTS.has(node.name) || (labels && node.name === 'foreignObject');
            if (!allowed || (parent.type === 'root' && node.name !== 'svg')) {
              detach(node, parent);
              return;
            }
            for (const [name, value] of Object.entries(node.attributes)) {
              const unsafe =
                /^on/i.test(name) ||
                (inLabel && !LABEL_ATTRIBUTES.has(name)) ||
                (LINK_ATTRIBUTES.has(name) && !SAFE_ADDRESS.test(value.trim())) ||
                (name === 'style' && UNSAFE_STYLE.test(value));
              if (unsafe) delete node.attributes[name];
            }
            if (node.name === 'style') scopeStyle(node, rootId);
          },
        },
      };
    },
  };
}

function isLabel(node: XastElement): boolean {
  return LABEL_ELEMENTS.has(node.name);
}

function detach(node: XastElement, parent: XastParent): void {
  parent.children = parent.children.filter((child) => child !== node);
  node.children = [];
}

/**
 * Keeps the rules of a `<style>` that apply inside this SVG only (every selector starts with its
 * id) and its animations (`@keyframes`, which select nothing); anything else is dropped.
 */
function scopeStyle(node: XastElement, rootId: string | undefined): void {
  const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
  const kept: string[] = [];
  const { generate, parse } = load().css;
  const sheet = rootId ? parse(text, { parseValue: false, onParseError: () => {} }) : undefined;
  if (sheet?.type === 'StyleSheet') {
    sheet.children.forEach((child: CssNode) => {
      const css = generate(child);
      if (UNSAFE_STYLE.test(css)) return;
      const scoped =
        child.type === 'Rule'
          ? generate(child.prelude)
              .split(',')
              .every((part) => part.trim().startsWith(`#${rootId}`))
          : child.type === 'Atrule' && /^(-webkit-)?keyframes$/i.test(child.name);
      if (scoped) kept.push(css);
    });
  }
  node.children = kept.length > 0 ? [{ type: 'cdata', value: kept.join('') }] : [];
}
