'use client';

import { useEffect, useMemo, useState } from 'react';
import type { NoteHit, SearchEngine } from '@/lib/search/engine';
import { loadEngine } from './load-engine';

export type SearchStatus = 'loading' | 'ready' | 'error';

/** Loads the engine and runs the query on every change; results are synchronous once loaded. */
export function useSearch(indexUrl: string, query: string, limit: number): { status: SearchStatus; hits: NoteHit[]; terms: string[]; engine?: SearchEngine } {
  const [engine, setEngine] = useState<SearchEngine>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadEngine(indexUrl).then(
      (loaded) => live && setEngine(() => loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [indexUrl]);
  const { hits, terms } = useMemo(() => (engine ? { hits: engine.search(query, { limit }), terms: engine.queryTerms(query) } : { hits: [], terms: [] }), [engine, query, limit]);
  return { status: engine ? 'ready' : failed ? 'error' : 'loading', hits, terms, engine };
}
