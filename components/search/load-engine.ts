/**
 * Fetches the search manifest once per page, then, per query, the index parts it needs.
 * Only the search dialog and the search page import this module, so flexsearch and the
 * index are never part of a page's first load.
 */
import * as flexsearch from 'flexsearch';
import { createEngine, type NoteHit, type SearchEngine, type SearchOptions } from '@/lib/search/engine';
import type { SearchManifest } from '@/lib/search/payload';
import { phraseOf, type Phrase } from '@/lib/search/phrase';

export interface SearchResult {
  query: string;
  hits: NoteHit[];
  terms: string[];
  /** The query as an exact phrase (two words or more), highlighted whole in snippets. */
  phrase?: Phrase;
}

export interface SearchClient {
  engine: SearchEngine;
  /** The answer at once when every part it needs is here already, else undefined. */
  answerNow(query: string, options: SearchOptions): SearchResult | undefined;
  /** Fetches what the query needs (its words' shards, then the records of the notes it shows), then answers. */
  answer(query: string, options: SearchOptions): Promise<SearchResult>;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`);
  return response.json();
}

let pending: Promise<SearchClient> | undefined;

export function loadEngine(indexUrl: string): Promise<SearchClient> {
  pending ??= getJson(indexUrl)
    .then((manifest) => openClient(manifest as SearchManifest, indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1)))
    .catch((error: unknown) => {
      pending = undefined; // let the next keystroke try again
      throw error;
    });
  return pending;
}

function openClient(manifest: SearchManifest, folder: string): SearchClient {
  const engine = createEngine(manifest, flexsearch);
  // One fetch per part, shared by every query that needs it; a failed one is tried again next time.
  const parts = new Map<string, Promise<void>>();
  const fetchPart = (file: string) => {
    let part = parts.get(file);
    if (!part) {
      part = getJson(folder + file).then(
        (data) => engine.add(file, data),
        (error: unknown) => {
          parts.delete(file);
          throw error;
        },
      );
      parts.set(file, part);
    }
    return part;
  };
  const result = (query: string, options: SearchOptions): SearchResult => ({
    query,
    hits: engine.search(query, options),
    terms: engine.queryTerms(query),
    phrase: phraseOf(query),
  });
  const answerNow = (query: string, options: SearchOptions) =>
    engine.missing(query, options).length === 0 ? result(query, options) : undefined;
  const answer = async (query: string, options: SearchOptions) => {
    // Words' shards first, then what they reveal (a typo's vocabulary, the records of the hits).
    for (let missing = engine.missing(query, options); missing.length; missing = engine.missing(query, options))
      await Promise.all(missing.map(fetchPart));
    return result(query, options);
  };
  return { engine, answerNow, answer };
}
