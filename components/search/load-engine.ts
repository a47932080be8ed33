/**
 * Fetches the index and opens it, once per page. Only the search dialog and the search
 * page import this module, so flexsearch and the index are never part of a page's first load.
 */
import * as flexsearch from 'flexsearch';
import { openIndex, type SearchEngine } from '@/lib/search/engine';
import type { SearchPayload } from '@/lib/search/payload';

let pending: Promise<SearchEngine> | undefined;

export function loadEngine(indexUrl: string): Promise<SearchEngine> {
  pending ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    })
    .then((payload) => openIndex(payload, flexsearch))
    .catch((error: unknown) => {
      pending = undefined; // let the next keystroke try again
      throw error;
    });
  return pending;
}
