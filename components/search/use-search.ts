'use client';

import { useEffect, useMemo, useState } from 'react';
import type { NoteHit, SearchEngine } from '@/lib/search/engine';
import type { Phrase } from '@/lib/search/phrase';
import { loadEngine, type SearchClient, type SearchResult } from './load-engine';

/** `searching`: the query needs parts still being fetched; the previous query's hits stay shown meanwhile. */
export type SearchStatus = 'loading' | 'searching' | 'ready' | 'error';

/**
 * Parts are fetched once typing pauses this long: each keystroke would otherwise fetch the
 * records of notes that the next keystroke no longer shows. A query whose parts are all here
 * is answered at once.
 */
const PAUSE_MS = 250;

/** Loads the engine and answers the query on every change. */
export function useSearch(
  indexUrl: string,
  query: string,
  limit: number,
): { status: SearchStatus; hits: NoteHit[]; terms: string[]; phrase?: Phrase; engine?: SearchEngine } {
  const [client, setClient] = useState<SearchClient>();
  const [failed, setFailed] = useState(false);
  // The last answer that needed fetching: shown while the next query's parts arrive, and a
  // change that makes `now` look again at the parts the engine holds.
  const [fetched, setFetched] = useState<SearchResult>();
  useEffect(() => {
    let live = true;
    loadEngine(indexUrl).then(
      (loaded) => live && setClient(() => loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [indexUrl]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `fetched` is not read: its change means the engine holds new parts
  const now = useMemo(() => client?.answerNow(query, { limit }), [client, query, limit, fetched]);
  useEffect(() => {
    if (!client || now) return;
    let live = true;
    const timer = setTimeout(() => {
      client.answer(query, { limit }).then(
        (answer) => {
          if (!live) return;
          setFetched(answer);
          setFailed(false);
        },
        () => live && setFailed(true),
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, query, limit, now]);
  const shown = now ?? fetched;
  const status: SearchStatus = now ? 'ready' : failed ? 'error' : !client ? 'loading' : 'searching';
  return { status, hits: shown?.hits ?? [], terms: shown?.terms ?? [], phrase: shown?.phrase, engine: client?.engine };
}
