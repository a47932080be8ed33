import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '@/lib/browser/find-browser';
import { browserRenderer } from '@/lib/diagrams/browser-renderer';
import { mermaidVersion } from '@/lib/diagrams/diagram-cache';
import { buildPalette, loadPalette, paletteCss, sentinelThemeVariables, sentinelsToVariables } from '@/lib/diagrams/diagram-palette';

const root = path.join(import.meta.dirname, '../..');

const LIGHT = {
  primaryColor: '#ECECFF',
  mainBkg: '#ECECFF',
  lineColor: '#333333',
  fontFamily: 'arial',
  edgeLabelBackground: 'rgba(232,232,232, 0.8)',
  quadrantPointFill: 'hsl(240, 100%, NaN%)',
  noteBkgColor: 'hsl(180, 1.5873015873%, 28.3529411765%)',
  radar: { axisColor: '#333' },
};
const DARK = {
  primaryColor: '#1f2020',
  mainBkg: '#1f2020',
  lineColor: 'lightgrey',
  fontFamily: 'arial',
  edgeLabelBackground: '#181818',
  quadrantPointFill: 'hsl(180, 2%, NaN%)',
  noteBkgColor: '#fff5ad',
  radar: { axisColor: '#ccc' },
};

describe('buildPalette', () => {
  const palette = buildPalette(LIGHT, DARK);

  it('gives each light/dark pair one property, named after its first theme variable, with a sentinel', () => {
    expect(palette.map((entry) => [entry.property, entry.sentinel, entry.themeVariables])).toEqual([
      ['--diagram-primary-color', '#fe0001', ['primaryColor', 'mainBkg']],
      ['--diagram-line-color', '#fe0002', ['lineColor']],
      ['--diagram-edge-label-background', '#fe0003', ['edgeLabelBackground']],
      ['--diagram-note-bkg-color', '#fe0004', ['noteBkgColor']],
    ]);
  });

  it('leaves out what is the same in both themes, what is no string, and colours Mermaid failed to compute', () => {
    const names = palette.flatMap((entry) => entry.themeVariables);
    expect(names).not.toContain('fontFamily');
    expect(names).not.toContain('radar');
    expect(names).not.toContain('quadrantPointFill');
  });

  it("rounds Mermaid's ten-decimal channels to one", () => {
    expect(palette.at(-1)?.light).toBe('hsl(180, 1.6%, 28.4%)');
  });

  it('tells Mermaid to draw every theme variable of an entry in its sentinel', () => {
    expect(sentinelThemeVariables(palette)).toEqual({
      primaryColor: '#fe0001',
      mainBkg: '#fe0001',
      lineColor: '#fe0002',
      edgeLabelBackground: '#fe0003',
      noteBkgColor: '#fe0004',
    });
  });
});

describe('sentinelsToVariables', () => {
  const palette = buildPalette(LIGHT, DARK);

  it("turns sentinels into the palette's properties, whatever Mermaid's spelling", () => {
    const svg =
      '<style>#d .node rect{fill:#fe0001;stroke:#FE0002;}#d .edgeLabel{background-color:rgba(254, 0, 3, 0.5);}</style><rect fill="#fe0004"/><path fill="rgb(254, 0, 1)"/>';
    expect(sentinelsToVariables(svg, palette)).toBe(
      '<style>#d .node rect{fill:var(--diagram-primary-color);stroke:var(--diagram-line-color);}#d .edgeLabel{background-color:color-mix(in srgb, var(--diagram-edge-label-background) 50%, transparent);}</style><rect fill="var(--diagram-note-bkg-color)"/><path fill="var(--diagram-primary-color)"/>',
    );
  });

  it('leaves every other colour alone, including a sentinel-like one the palette does not have', () => {
    const svg = '<rect fill="#eaeaea" stroke="#fe00ff"/><text style="color:rgba(254, 0, 99, 1)">#fe0001x</text>';
    expect(sentinelsToVariables(svg, palette)).toBe(svg);
  });
});

describe('app/diagram-palette.css', () => {
  it("is generated from the installed Mermaid's themes (run `npm run diagrams:palette` when this fails)", async () => {
    const css = await readFile(path.join(root, 'app/diagram-palette.css'), 'utf8');
    expect(paletteCss(await loadPalette(), mermaidVersion(root))).toBe(css);
  });
});

describe('a diagram drawn in a real browser', () => {
  // The diagram types our notes use; a sentinel left in an SVG would show as a reddish colour in both themes.
  it.skipIf(!findBrowser())(
    "has its theme colours as the palette's variables, and no sentinel left",
    async () => {
      const sources = [
        'flowchart LR\n  a[Order] -->|pay| b(Payment)',
        'sequenceDiagram\n  A->>B: hi\n  Note over A,B: note\n  B-->>A: back',
        'stateDiagram-v2\n  [*] --> Closed\n  Closed --> Open: fail',
      ];
      const outcomes = await browserRenderer('test')!(sources.map((source) => ({ source })));
      const properties = new Set((await loadPalette()).map((entry) => entry.property));
      for (const outcome of outcomes) {
        const used = [...(outcome.svg ?? '').matchAll(/var\((--diagram-[a-z0-9-]+)\)/g)].map((match) => match[1]);
        expect(used.length).toBeGreaterThan(5);
        expect(used.filter((property) => !properties.has(property ?? ''))).toEqual([]);
        expect(outcome.svg).not.toMatch(/#fe[0-9a-f]{4}\b|rgba?\(254,/i);
      }
    },
    60_000,
  );
});
