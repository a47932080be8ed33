/**
 * The search index, cut into the parts a browser fetches one by one: a small manifest, term
 * shards (flexsearch's own term maps, split by word prefix), typo vocabularies by first
 * letter, and one record file per note with its sections' text. A query fetches only the
 * shards of its words and the records of the notes it shows (issue 16). Built at build time;
 * tests and the benchmark hold every part in memory and search them exactly as the browser does.
 */
import { createHash } from 'node:crypto';
import { Charset, Document, Encoder } from 'flexsearch';
import english from 'flexsearch/lang/en';
import { documentOptions, indexFields, type FieldSpec, type SearchField } from './config';
import { encodeTermMap, type TermMap } from './delta';
import { toRecords, type SearchableNote, type SearchRecord } from './records';
import { shardTerms } from './shard-terms';

export interface SearchManifest {
  /** The index's fields and their options, as exported: `import` needs exactly these. */
  fields: readonly FieldSpec[];
  /** Records (sections) per note, in note order: record ids count through them. */
  sectionCounts: number[];
  /** [prefix, file]: a term's shard is the file of the longest prefix it starts with. */
  terms: [string, string][];
  /** First letter of a word → the file of indexed words starting with it (typo correction). */
  vocabulary: Record<string, string>;
  /** Note n's records are in `${records}${n}.json`; the prefix carries the hash of them all. */
  records: string;
}

/** A term shard: per field, flexsearch's term map export, ids delta-coded. */
export type TermShard = Partial<Record<SearchField, TermMap>>;
/** A note's record file: slug, title, area, aliases (where a phrase is looked for), then [heading id, heading, text] per section. */
export type NoteRecords = [slug: string, title: string, area: string, aliases: string[], sections: [string, string, string][]];

export interface SearchPayload {
  manifest: SearchManifest;
  /** Every part by file name, as parsed JSON. */
  parts: Record<string, TermShard | string[] | NoteRecords>;
}

/**
 * Hits kept per word and field. The engine asks flexsearch for this many and no more, and
 * flexsearch returns a term's ids in its own slot order, so cutting each list here changes
 * no result while capping what a very common word costs to fetch.
 */
export const TERM_LIMIT = 300;

export function buildPayload(notes: readonly SearchableNote[]): SearchPayload {
  const records = toRecords(notes);
  // flexsearch's English stopword list (a Set in the language pack; the type says it may be a function).
  const stopwords = english.filter instanceof Set ? [...english.filter] : [];
  const fields = indexFields(stopwords);
  const document = new Document(documentOptions(fields, Charset));
  for (const record of records) document.add(record);
  const maps = new Map<SearchField, TermMap>();
  // Synchronous in flexsearch 0.8.212: the handler has run for every key when export returns.
  document.export((key, data) => {
    const [field, , kind] = key.split('.');
    if (kind !== 'map') return; // the id registry serves updates and removals, which a reader never makes
    const entries = JSON.parse(data) as TermMap;
    maps.set(field as SearchField, [
      ...(maps.get(field as SearchField) ?? []),
      ...entries.map(([term, slots]): TermMap[number] => [term, capSlots(slots)]),
    ]);
  });

  const parts: SearchPayload['parts'] = {};
  const name = (kind: string, data: unknown) => {
    const file = `${kind}.${hashOf(JSON.stringify(data))}.json`;
    parts[file] = data as SearchPayload['parts'][string];
    return file;
  };
  const encoder = new Encoder(Charset.LatinAdvanced);
  // An acronym is filed beside its encoded form ("bff" beside "f"): the query word needs that shard anyway.
  const placeOf = (field: SearchField, term: string) => (field === 'acronyms' ? (encoder.encode(term)[0] ?? term) : term);
  const terms = shardTerms(maps, placeOf).map(({ prefixes, shard }) => {
    const file = name('t', Object.fromEntries(Object.entries(shard).map(([field, map]) => [field, encodeTermMap(map)])));
    return prefixes.map((prefix): [string, string] => [prefix, file]);
  });
  const vocabulary = Object.fromEntries([...vocabularyOf(records, fields)].map(([letter, words]) => [letter, name('v', words)]));
  const noteRecords = notes.map((note): NoteRecords => [note.slug, note.title, note.area, [...note.aliases], []]);
  for (const r of records) noteRecords[r.note]![4].push([r.sectionId, r.heading, r.text]);
  const recordsPrefix = `r.${hashOf(JSON.stringify(noteRecords))}.`;
  noteRecords.forEach((data, n) => (parts[`${recordsPrefix}${n}.json`] = data));
  const manifest: SearchManifest = {
    fields,
    sectionCounts: notes.map((_, n) => noteRecords[n]![4].length),
    terms: terms.flat(),
    vocabulary,
    records: recordsPrefix,
  };
  return { manifest, parts };
}

/**
 * Every file of the index with its text. The parts are named by their content, so a browser keeps
 * them for good; the manifest that lists them has one name, `index.json`, which every page names
 * and which is fetched fresh: a page then does not change when the index does, and a build after
 * a small edit need not render every page again (lib/build/page-inputs.ts).
 */
/** The manifest's one name. */
export const MANIFEST_FILE = 'index.json';

export function serializePayload({ manifest, parts }: SearchPayload): { manifestFile: string; files: { file: string; body: string }[] } {
  const body = JSON.stringify(manifest);
  const manifestFile = MANIFEST_FILE;
  return {
    manifestFile,
    files: [{ file: manifestFile, body }, ...Object.entries(parts).map(([file, data]) => ({ file, body: JSON.stringify(data) }))],
  };
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** A term's slots with at most TERM_LIMIT ids in all, earliest slots first. */
function capSlots(slots: (number[] | null)[]): (number[] | null)[] {
  let left = TERM_LIMIT;
  const kept: (number[] | null)[] = [];
  for (const ids of slots) {
    if (left <= 0) break;
    kept.push(ids && ids.slice(0, left));
    left -= ids?.length ?? 0;
  }
  return kept;
}

/**
 * Whole words of every field, as the index encodes them, grouped by first letter; a word's
 * place in its list follows the field order (title first), so a typo is corrected to a
 * title word before a body word, as the single vocabulary did before the index was cut.
 */
function vocabularyOf(records: readonly SearchRecord[], fields: readonly FieldSpec[]): Map<string, string[]> {
  const byLetter = new Map<string, Set<string>>();
  for (const { field, encoding, stopwords } of fields) {
    if (encoding === 'exact') continue; // acronyms are matched as written, never corrected
    const encoder = new Encoder({ ...Charset.LatinAdvanced, ...(stopwords ? { filter: new Set(stopwords) } : {}) });
    const words = new Set<string>();
    for (const record of records) for (const word of encoder.encode(record[field])) words.add(word);
    for (const word of [...words].sort()) {
      const letter = word[0]!;
      if (!byLetter.has(letter)) byLetter.set(letter, new Set());
      byLetter.get(letter)!.add(word);
    }
  }
  return new Map([...byLetter].sort(([a], [b]) => (a < b ? -1 : 1)).map(([letter, words]) => [letter, [...words]]));
}
