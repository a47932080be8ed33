/**
 * The page's query string as a store for useSyncExternalStore: state that lives in the URL
 * (explorer choices, simulator settings) so a copied link reopens it. history.replaceState
 * raises no event, so replaceQuery announces its own changes.
 */
const QUERY_CHANGED = 'atlas:query';

export function subscribeToQuery(onChange: () => void): () => void {
  window.addEventListener(QUERY_CHANGED, onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener(QUERY_CHANGED, onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** Replaces the URL (no history entry) and tells every subscriber. */
export function replaceQuery(url: string): void {
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(QUERY_CHANGED));
}
