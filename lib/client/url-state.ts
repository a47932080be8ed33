/**
 * State kept in the page's query string, so a copied link reopens it: the saga explorer's
 * choice, a simulator's settings, the search page's query, the reading list's filter.
 *
 * A page describes its state by its defaults and what each key allows:
 *
 * ```ts
 * const DEFAULTS = { failure: 20, strategy: 'none', q: '' };
 * const ALLOWED = { failure: { min: 0, max: 100 }, strategy: ['none', 'full-jitter'], q: 'text' } as const;
 * const [state, update, ready] = useUrlState(DEFAULTS, ALLOWED); // update({ failure: 50 }) → ?failure=50
 * ```
 *
 * Reading never fails: a missing or unreadable value keeps its default, a number is clamped to its
 * range. Writing replaces the URL (no history entry per change), leaves other parameters and the
 * hash alone, and drops every value equal to its default, so the plain address is the default state.
 */
export type UrlValue = number | string;

export interface IntRange {
  min: number;
  max: number;
}

/** What a key accepts: an integer range (number keys), a list of words, or any `'text'` (string keys). */
export type Allowed<T> = { [K in keyof T]: T[K] extends number ? IntRange : readonly string[] | 'text' };

export type UrlState<T> = { [K in keyof T]: UrlValue };

function clampInt(value: number, { min, max }: IntRange): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

function readValue(raw: string, allowed: IntRange | readonly string[] | 'text'): UrlValue | undefined {
  if (allowed === 'text') return raw;
  if (Array.isArray(allowed)) return allowed.includes(raw) ? raw : undefined;
  const number = Number(raw);
  return raw.trim() !== '' && Number.isFinite(number) ? clampInt(number, allowed as IntRange) : undefined;
}

/** Each key of `defaults` as read from `search` (`?a=1&b=x` or `a=1`), or its default. */
export function readUrlState<T extends UrlState<T>>(search: string, defaults: T, allowed: Allowed<T>): T {
  const params = new URLSearchParams(search);
  const result = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const raw = params.get(key);
    const value = raw === null || raw === '' ? undefined : readValue(raw, allowed[key]);
    if (value !== undefined) result[key] = value as T[typeof key];
  }
  return result;
}

/**
 * The query string (`''` or `?…`) for `state`: parameters that are not ours kept first, then ours
 * in the order of `defaults`, each left out when it equals its default.
 */
export function queryOf<T extends UrlState<T>>(search: string, state: T, defaults: T): string {
  const params = new URLSearchParams(search);
  const keys = Object.keys(defaults) as (keyof T & string)[];
  for (const key of keys) params.delete(key);
  for (const key of keys) if (state[key] !== defaults[key]) params.append(key, String(state[key]));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Fired on `window` when replaceUrlState changes the URL: history.replaceState raises no event of its own. */
const URL_STATE_CHANGED = 'atlas:url-state';

/** Calls `onChange` whenever the query string may have changed (ours, or the browser's back and forward). */
export function subscribeToUrlState(onChange: () => void): () => void {
  window.addEventListener(URL_STATE_CHANGED, onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener(URL_STATE_CHANGED, onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** Writes `state` into the current URL (path and hash kept, no history entry) and tells every subscriber. */
export function replaceUrlState<T extends UrlState<T>>(state: T, defaults: T): void {
  const { pathname, search, hash } = window.location;
  // Passing the current history state on keeps Next's router state, which it stores there.
  window.history.replaceState(window.history.state, '', `${pathname}${queryOf(search, state, defaults)}${hash}`);
  window.dispatchEvent(new Event(URL_STATE_CHANGED));
}
