'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { readUrlState, replaceUrlState, subscribeToUrlState, type Allowed, type UrlState } from './url-state';

/**
 * State kept in the query string (see url-state.ts): `[state, update, ready]`. The URL is the one
 * source of truth. The server and the first render see the defaults and `ready` false, so controls
 * that need JavaScript can stay disabled until the page is hydrated. `update` merges its changes
 * into the state the URL holds now, and keep `defaults` and `allowed` constant (module-level).
 */
export function useUrlState<T extends UrlState<T>>(defaults: T, allowed: Allowed<T>): [T, (changes: Partial<T>) => void, boolean] {
  const search = useSyncExternalStore<string | null>(
    subscribeToUrlState,
    () => window.location.search,
    () => null,
  );
  const state = useMemo(() => readUrlState(search ?? '', defaults, allowed), [search, defaults, allowed]);
  const update = useCallback(
    (changes: Partial<T>) => replaceUrlState({ ...readUrlState(window.location.search, defaults, allowed), ...changes }, defaults),
    [defaults, allowed],
  );
  return [state, update, search !== null];
}
