'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { replaceQuery, subscribeToQuery } from '@/lib/client/query-string';
import { type IntRange, readSettings, writeSettings } from '@/lib/simulators/url-settings';

/**
 * A simulator's settings, kept in the page's query string so a copied link replays the run.
 * The URL is the one source of truth; the server (and the first render) use the defaults.
 */
export function useQuerySettings<T extends Record<keyof T, number | string>>(
  defaults: T,
  ranges: { [K in keyof T]: T[K] extends number ? IntRange : readonly string[] },
): [T, (changes: Partial<T>) => void] {
  const search = useSyncExternalStore(subscribeToQuery, () => window.location.search, () => '');
  const settings = useMemo(() => readSettings(search, defaults, ranges), [search, defaults, ranges]);
  const update = useCallback(
    (changes: Partial<T>) => {
      const next = { ...readSettings(window.location.search, defaults, ranges), ...changes };
      replaceQuery(`${writeSettings(window.location.search, next)}${window.location.hash}`);
    },
    [defaults, ranges],
  );
  return [settings, update];
}

function subscribeToMotion(onChange: () => void) {
  const media = window.matchMedia('(prefers-reduced-motion: reduce)');
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the reader asked for less motion; assumed true on the server, so nothing animates early. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribeToMotion, () => window.matchMedia('(prefers-reduced-motion: reduce)').matches, () => true);
}

const noSubscription = () => () => {};

/** False on the server and during hydration, true once the component runs in the browser (marked `data-ready` for tests). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
