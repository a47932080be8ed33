/**
 * Simulator settings in the page's query string (`?failure=100&seed=7`), so a shared link
 * reproduces a run. Every value is clamped to its range; anything unreadable keeps its default.
 */
export interface IntRange {
  min: number;
  max: number;
}

function clampInt(value: number, { min, max }: IntRange): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Reads each key of `defaults` from `search`, as an integer within its range, or as one of its allowed words. */
export function readSettings<T extends Record<keyof T, number | string>>(
  search: string,
  defaults: T,
  ranges: { [K in keyof T]: T[K] extends number ? IntRange : readonly string[] },
): T {
  const params = new URLSearchParams(search);
  const result: Record<string, number | string> = { ...defaults };
  for (const key of Object.keys(defaults)) {
    const raw = params.get(key);
    const range = ranges[key as keyof T];
    if (raw === null || raw === '') continue;
    if (Array.isArray(range)) {
      if (range.includes(raw)) result[key] = raw;
    } else if (Number.isFinite(Number(raw))) {
      result[key] = clampInt(Number(raw), range as IntRange);
    }
  }
  return result as T;
}

/** The query string for `settings`, keeping unrelated parameters already in `search`. */
export function writeSettings(search: string, settings: Partial<Record<string, number | string>>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(settings)) if (value !== undefined) params.set(key, String(value));
  return `?${params.toString()}`;
}
