/** `npm run diagrams:palette`: regenerates app/diagram-palette.css from the installed Mermaid's themes. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mermaidVersion } from '../lib/diagrams/diagram-cache';
import { loadPalette, paletteCss } from '../lib/diagrams/diagram-palette';

const PALETTE_CSS = 'app/diagram-palette.css';

const root = process.cwd();
const file = path.join(root, PALETTE_CSS);
const next = paletteCss(await loadPalette(), mermaidVersion(root));
if (next === (await readFile(file, 'utf8').catch(() => ''))) console.log(`${PALETTE_CSS} is up to date.`);
else {
  await writeFile(file, next);
  console.log(`✓ Regenerated ${PALETTE_CSS}`);
}
