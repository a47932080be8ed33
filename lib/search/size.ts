/**
 * What the index file costs, split into the searchable index (flexsearch's export and the
 * tables that turn a hit into a note and section) and the snippet text shown with results.
 */
import { gzipSize as gzip } from '../build/page-weight';
import type { SearchPayload } from './payload';

export interface PayloadSize {
  raw: number;
  gzip: number;
  /** The file without snippet text: what the 750-bytes-per-note budget is about. */
  indexGzip: number;
  snippetGzip: number;
}

export function payloadSize(payload: SearchPayload): PayloadSize {
  const json = JSON.stringify(payload);
  const withoutSnippets = JSON.stringify({ ...payload, sections: payload.sections.map(([note, id, heading]) => [note, id, heading, '']) });
  const total = gzip(json);
  const indexGzip = gzip(withoutSnippets);
  return { raw: Buffer.byteLength(json), gzip: total, indexGzip, snippetGzip: total - indexGzip };
}
