/**
 * What a reader's queries fetch, worked out without a browser: the engine is asked what each
 * query is missing and given it, exactly as components/search/load-engine.ts does, and the
 * files are counted with their gzip sizes. The benchmark and the size budgets use this.
 */
import { gzipSize } from '../build/page-weight';
import type { SearchEngine, SearchOptions } from './engine';
import type { SearchPayload } from './payload';

export interface Transfer {
  files: string[];
  gzip: number;
}

/** Gzip bytes of every part, by file name. */
export function partSizes(payload: SearchPayload): Map<string, number> {
  return new Map(Object.entries(payload.parts).map(([file, data]) => [file, gzipSize(JSON.stringify(data))]));
}

/**
 * The files one query fetches on top of what earlier ones did. `typed` runs it once per
 * keystroke ("s", "sa", "sag"…) as a reader who types without pausing would, when parts
 * were fetched on every keystroke; otherwise only the whole query (typing that pauses once).
 */
export function transferOf(
  engine: SearchEngine,
  payload: SearchPayload,
  sizes: ReadonlyMap<string, number>,
  query: string,
  options: SearchOptions,
  typed = false,
): Transfer {
  const files: string[] = [];
  const steps = typed ? Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter((q) => q.trim()) : [query];
  for (const step of steps) {
    for (let missing = engine.missing(step, options); missing.length; missing = engine.missing(step, options)) {
      for (const file of missing) {
        engine.add(file, payload.parts[file]);
        files.push(file);
      }
    }
    engine.search(step, options);
  }
  return { files, gzip: files.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0) };
}
