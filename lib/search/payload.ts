/**
 * The index file: the flexsearch export plus the small tables that turn a record id back
 * into a note, a section and a snippet. Built at build time, read by the browser and by
 * tests alike; it carries its own index options because `import` needs exactly them.
 */
import { createHash } from 'node:crypto';
import { Charset, Document } from 'flexsearch';
import english from 'flexsearch/lang/en';
import { SNIPPET_CHARS, documentOptions, indexFields, type FieldSpec } from './config';
import { encodeTermMap } from './delta';
import { toRecords, type SearchableNote } from './records';

export interface SearchPayload {
  /** The index's fields and their options, as exported: `import` needs exactly these. */
  fields: readonly FieldSpec[];
  /** [slug, title, area] per note. */
  notes: [string, string, string][];
  /** [note index, heading id, heading, start of the section's text] per record id. */
  sections: [number, string, string, string][];
  /** flexsearch's export: key → data, fed back to `import` one by one (term maps delta-coded). */
  index: Record<string, string>;
}

export function buildPayload(notes: readonly SearchableNote[]): SearchPayload {
  const records = toRecords(notes);
  // flexsearch's English stopword list (a Set in the language pack; the type says it may be a function).
  const stopwords = english.filter instanceof Set ? [...english.filter] : [];
  const fields = indexFields(stopwords);
  const document = new Document(documentOptions(fields, Charset));
  for (const record of records) document.add(record);
  const index: Record<string, string> = {};
  // Synchronous in flexsearch 0.8.212: the handler has run for every key when export returns.
  document.export((key, data) => {
    index[key] = key.endsWith('.map') ? encodeTermMap(data) : data;
  });
  return {
    fields,
    notes: notes.map((n) => [n.slug, n.title, n.area]),
    sections: records.map((r) => [r.note, r.sectionId, r.heading, clip(r.text, SNIPPET_CHARS)]),
    index,
  };
}

/** The file's text and a content-hashed name, so hosts can cache it forever. */
export function serializePayload(payload: SearchPayload): { fileName: string; json: string } {
  const json = JSON.stringify(payload);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  return { fileName: `index.${hash}.json`, json };
}

/** Cuts at a word boundary so a snippet never ends mid-word. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}
