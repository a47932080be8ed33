/**
 * The committed folder of rendered diagrams, `<content>/.diagrams/<hash>.svg` (see
 * `contentLocations`): kept with the notes, so a team commits its own. One file per diagram
 * serves both themes (see diagram-palette.ts). A diagram whose source and Mermaid version are
 * unchanged is never drawn again, and a machine without a browser builds every diagram found here.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanSvg } from './clean-svg';
import { diagramHash } from './diagram-source';

// The pages import it from its own module, which brings no SVG parser with it.
export { mermaidVersion } from './mermaid-version';

export interface DiagramCache {
  file(source: string): string;
  read(source: string): string | undefined;
  write(source: string, svg: string): Promise<void>;
  /** Deletes every SVG not named in `keep` (paths from `file`); returns how many went. */
  prune(keep: ReadonlySet<string>): Promise<number>;
}

/**
 * `cleaned`: a folder of this machine (the compile cache's) that keeps each SVG's cleaned form by
 * the hash of what was read, so an unchanged diagram is cleaned once, not at every check.
 */
export function diagramCache(dir: string, version: string, { cleaned }: { cleaned?: string } = {}): DiagramCache {
  const file = (source: string) => path.join(dir, `${diagramHash(source, version)}.svg`);
  const clean = (svg: string) => {
    if (!cleaned) return cleanSvg(svg, { labels: true });
    const kept = path.join(cleaned, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.svg`);
    if (existsSync(kept)) return readFileSync(kept, 'utf8');
    const result = cleanSvg(svg, { labels: true });
    mkdirSync(cleaned, { recursive: true });
    writeFileSync(kept, result);
    return result;
  };
  return {
    file,
    // A committed SVG is data: never a link to a file elsewhere, and cleaned before a page inlines it (clean-svg.ts).
    read: (source) => {
      const found = file(source);
      if (!existsSync(found) || lstatSync(found).isSymbolicLink()) return undefined;
      return clean(readFileSync(found, 'utf8'));
    },
    async write(source, svg) {
      await mkdir(dir, { recursive: true });
      // Write then rename, so a parallel reader never sees half a file.
      const temp = `${file(source)}.${process.pid}.tmp`;
      await writeFile(temp, svg);
      await rename(temp, file(source));
    },
    async prune(keep) {
      const names = await readdir(dir).catch(() => []);
      const stale = names.filter((name) => name.endsWith('.svg') && !keep.has(path.join(dir, name)));
      await Promise.all(stale.map((name) => rm(path.join(dir, name))));
      return stale.length;
    },
  };
}

/** Whether a note of the site has a diagram with no SVG in the cache (then its page draws it in the browser). */
export function hasUndrawnDiagrams(
  site: { notes: readonly { diagrams: readonly { source: string }[] }[]; home?: { diagrams: readonly { source: string }[] } },
  dir: string,
  version: string,
): boolean {
  const cache = diagramCache(dir, version);
  const notes = site.home ? [...site.notes, site.home] : site.notes;
  return notes.some((note) => note.diagrams.some((diagram) => !existsSync(cache.file(diagram.source))));
}
