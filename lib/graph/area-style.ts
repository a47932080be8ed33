/**
 * How each area looks in the graphs: a colour per theme and a shape, so colour is never the
 * only cue. Colours keep at least 3:1 against the page background of their theme (WCAG 1.4.11);
 * the class names are written out in full so Tailwind finds them.
 */
export type NodeShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon';

export interface AreaStyle {
  light: string;
  dark: string;
  shape: NodeShape;
  /** SVG fill classes for both themes. */
  fillClass: string;
}

export const AREA_STYLES: readonly AreaStyle[] = [
  { light: '#b45309', dark: '#fbbf24', shape: 'circle', fillClass: 'fill-[#b45309] dark:fill-[#fbbf24]' },
  { light: '#0369a1', dark: '#38bdf8', shape: 'square', fillClass: 'fill-[#0369a1] dark:fill-[#38bdf8]' },
  { light: '#047857', dark: '#34d399', shape: 'triangle', fillClass: 'fill-[#047857] dark:fill-[#34d399]' },
  { light: '#a21caf', dark: '#f0abfc', shape: 'diamond', fillClass: 'fill-[#a21caf] dark:fill-[#f0abfc]' },
  { light: '#4338ca', dark: '#a5b4fc', shape: 'hexagon', fillClass: 'fill-[#4338ca] dark:fill-[#a5b4fc]' },
];

export function areaStyle(area: number): AreaStyle {
  return AREA_STYLES[area % AREA_STYLES.length] as AreaStyle;
}

/** Corner points of a shape of radius `r` centred on (x, y); a circle has none. */
export function shapePoints(shape: NodeShape, x: number, y: number, r: number): [number, number][] {
  const polygon = (sides: number, rotation: number, scale = 1) =>
    Array.from({ length: sides }, (_, i): [number, number] => {
      const angle = rotation + (2 * Math.PI * i) / sides;
      return [x + r * scale * Math.cos(angle), y + r * scale * Math.sin(angle)];
    });
  switch (shape) {
    case 'circle':
      return [];
    case 'square':
      return polygon(4, Math.PI / 4, 1.15);
    case 'triangle':
      return polygon(3, -Math.PI / 2, 1.3);
    case 'diamond':
      return polygon(4, 0, 1.25);
    case 'hexagon':
      return polygon(6, 0, 1.1);
  }
}

/** An SVG element's attributes for a node shape. */
export function svgShape(
  shape: NodeShape,
  x: number,
  y: number,
  r: number,
): { kind: 'circle'; cx: number; cy: number; r: number } | { kind: 'polygon'; points: string } {
  const points = shapePoints(shape, x, y, r);
  if (points.length === 0) return { kind: 'circle', cx: x, cy: y, r };
  return { kind: 'polygon', points: points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ') };
}
