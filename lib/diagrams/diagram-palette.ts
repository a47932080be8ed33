/**
 * One SVG per diagram for both site themes. Mermaid bakes colours into the SVG it draws, so
 * the diagram is drawn once with every theme colour replaced by a sentinel (a unique,
 * unlikely colour), and each sentinel in the result becomes `var(--diagram-…)`: a custom
 * property whose light value is Mermaid's `default` theme and dark value its `dark` theme
 * (`app/diagram-palette.css`, generated from the installed Mermaid by `paletteCss`). The page
 * then carries one SVG instead of two, and the theme toggle changes colours without a redraw.
 *
 * Theme variables that hold the same value in both themes keep it (they need no variable);
 * variables sharing one light/dark pair share one property, named after the first of them.
 */

export interface PaletteEntry {
  /** The custom property, e.g. `--diagram-primary-color`. */
  property: string;
  light: string;
  dark: string;
  /** What Mermaid is told to draw for every theme variable of this entry, e.g. `#fe0001`. */
  sentinel: string;
  /** Mermaid's theme variables with this light/dark pair, e.g. `primaryColor`, `mainBkg`. */
  themeVariables: string[];
}

export type ThemeVariables = Record<string, unknown>;

// Sentinels are #feXXXX: red 254, then the entry's index in green and blue (so 65,535 entries).
// Mermaid also derives colours from them with alpha, as rgba(254, g, b, a), mapped below too.
const SENTINEL_RED = 254;
const COLOUR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([^)]*\)|[a-z]+)$/i;

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

// Mermaid computes hsl() and rgb() channels with ten decimals; one is finer than the eye.
const tidy = (value: string) => value.replace(/\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10));

/** The palette from Mermaid's light (`default`) and `dark` theme variables, in Mermaid's order. */
export function buildPalette(light: ThemeVariables, dark: ThemeVariables): PaletteEntry[] {
  const byPair = new Map<string, PaletteEntry>();
  for (const [name, lightValue] of Object.entries(light)) {
    const darkValue = dark[name];
    if (typeof lightValue !== 'string' || typeof darkValue !== 'string') continue;
    const pair = [tidy(lightValue.trim()), tidy(darkValue.trim())] as const;
    // Same in both themes: nothing to switch. NaN: Mermaid's own arithmetic failed (no colour).
    if (pair[0] === pair[1] || !pair.every((value) => COLOUR.test(value) && !value.includes('NaN'))) continue;
    const key = pair.join('\0');
    const entry = byPair.get(key);
    if (entry) {
      entry.themeVariables.push(name);
      continue;
    }
    const index = byPair.size + 1;
    byPair.set(key, {
      property: `--diagram-${kebab(name)}`,
      light: pair[0],
      dark: pair[1],
      sentinel: `#${SENTINEL_RED.toString(16)}${index.toString(16).padStart(4, '0')}`,
      themeVariables: [name],
    });
  }
  return [...byPair.values()];
}

/** Mermaid's `themeVariables` that draw a diagram in sentinels. */
export function sentinelThemeVariables(palette: readonly PaletteEntry[]): Record<string, string> {
  return Object.fromEntries(palette.flatMap((entry) => entry.themeVariables.map((name) => [name, entry.sentinel])));
}

/** Every sentinel in `svg` (as hex, or as rgb()/rgba() Mermaid derived from it) → its property. */
export function sentinelsToVariables(svg: string, palette: readonly PaletteEntry[]): string {
  const bySentinel = new Map(palette.map((entry) => [entry.sentinel, entry.property]));
  const variable = (sentinel: string, alpha?: string) => {
    const property = bySentinel.get(sentinel.toLowerCase());
    if (!property) return undefined;
    const opacity = alpha === undefined ? 1 : Number(alpha);
    // color-mix with transparent is the colour at that opacity (rgba with a variable needs CSS Color 5).
    return opacity >= 1 ? `var(${property})` : `color-mix(in srgb, var(${property}) ${Math.round(opacity * 100)}%, transparent)`;
  };
  return svg
    .replace(/#fe[0-9a-f]{4}\b/gi, (hex) => variable(hex) ?? hex)
    .replace(/rgba?\(\s*254\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)/g, (whole, green: string, blue: string, alpha?: string) => {
      const hex = `#fe${Number(green).toString(16).padStart(2, '0')}${Number(blue).toString(16).padStart(2, '0')}`;
      return variable(hex, alpha) ?? whole;
    });
}

/** The stylesheet that gives every property its light value, and its dark one under `data-theme`. */
export function paletteCss(palette: readonly PaletteEntry[], mermaidVersion: string): string {
  const block = (selector: string, side: 'light' | 'dark') =>
    `${selector} {\n${palette.map((entry) => `  ${entry.property}: ${entry[side]};`).join('\n')}\n}\n`;
  return [
    `/* Generated from Mermaid ${mermaidVersion}'s default and dark themes by \`npm run diagrams:palette\`: do not edit. */`,
    '/* Diagrams are drawn once in sentinel colours that become these properties (lib/diagrams/diagram-palette.ts). */',
    block(':root', 'light'),
    block("[data-theme='dark']", 'dark'),
  ].join('\n');
}

/** Mermaid's theme variables, read from the installed Mermaid (it runs in Node for this). */
export async function mermaidThemeVariables(): Promise<{ light: ThemeVariables; dark: ThemeVariables }> {
  const { default: mermaid } = await import('mermaid');
  const variablesOf = (theme: 'default' | 'dark'): ThemeVariables => {
    mermaid.initialize({ theme });
    return { ...(mermaid.mermaidAPI.getConfig().themeVariables as ThemeVariables) };
  };
  return { light: variablesOf('default'), dark: variablesOf('dark') };
}

export async function loadPalette(): Promise<PaletteEntry[]> {
  const { light, dark } = await mermaidThemeVariables();
  return buildPalette(light, dark);
}
