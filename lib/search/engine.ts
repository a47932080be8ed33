/**
 * Queries the index, part by part: every field is searched, field scores are weighted and
 * added per section, and sections are grouped under their note, best note first; then a query
 * of two words or more is looked for as an exact phrase in the notes found (phrase.ts), and
 * those that hold it come first, by where they hold it: title, alias, heading, body. The index
 * arrives in parts (payload.ts): `missing` names the files a query still needs, `add` takes
 * them, and once nothing is missing `search` answers synchronously. Tests and the benchmark
 * add every part up front. Runs in the browser (flexsearch's compact build) and in Node alike,
 * so the flexsearch module is passed in rather than imported.
 */
import type { Charset as FlexCharset, Document as FlexDocument, Encoder as FlexEncoder } from 'flexsearch';
import { FIELD_WEIGHTS, SNIPPET_CHARS, documentOptions, type SearchField } from './config';
import { decodeTermMap } from './delta';
import type { NoteRecords, SearchManifest, SearchPayload, TermShard } from './payload';
import { PHRASE_PLACES, WORD, phraseOf, placeOf, type Phrase, type PhrasePlace } from './phrase';
import { excerpt } from './snippet';
import { correct } from './typo';

/** What the engine needs of flexsearch: both its bundles provide these. */
export interface FlexsearchModule {
  Document: typeof FlexDocument;
  Encoder: typeof FlexEncoder;
  Charset: typeof FlexCharset;
}

export interface SectionHit {
  /** Heading id, '' for the top of the note. */
  id: string;
  heading: string;
  /** The part of the section's text around its matched words. */
  text: string;
  score: number;
}

export interface NoteHit {
  slug: string;
  title: string;
  area: string;
  /** Hits are ordered by this first (a phrase in the title first, none last), then by score. */
  phrase?: PhrasePlace;
  /** The words' score: field weights of the words found, less for a section missing some of them. */
  score: number;
  /** Best section first. */
  sections: SectionHit[];
}

export interface SearchOptions {
  limit?: number;
  sectionsPerNote?: number;
}

export interface SearchEngine {
  /** The files this query still needs, by name; empty once `search` can answer it. */
  missing(query: string, options?: SearchOptions): string[];
  /** Takes a fetched part (term shard, vocabulary or note records). */
  add(file: string, data: unknown): void;
  search(query: string, options?: SearchOptions): NoteHit[];
  /** What snippets highlight: the query's words as the index encodes them, typos corrected; `=word` for an acronym, matched as written. */
  queryTerms(query: string): string[];
  /** Encodes text as the index does, so snippet words compare equal to query terms. */
  encode(text: string): string[];
}

/** Same number the index was cut at (payload.ts TERM_LIMIT): asking for more would find no more. */
const TERM_LIMIT = 300;
const ACRONYM = /^[a-z0-9]{2,5}$/;
/**
 * How many of the notes with a section holding every word of the query are searched for the
 * phrase, whether or not the words rank them among those shown: a note with the phrase in its
 * body can rank below notes with one of its words in a title. The same notes however many are
 * shown, so the first results do not depend on it; few, as each one not shown is a file to fetch.
 */
const PHRASE_POOL = 8;

type Hits = { field: string; result: (number | string)[] }[];
/** One scoring unit of a query: an encoded term, or a word that matched an acronym exactly. */
type Unit = { term: string; hits: Hits };
/**
 * A unit of the query's last word while it may still be being typed: body text matches whole
 * words only, so a section can hold the phrase ("latency is ze…ro") without this unit's hits.
 */
type QueryUnit = Unit & { typing?: boolean };
/** A note found by the words, with every section that matched, best first. */
type Ranked = { note: number; score: number; complete: boolean; sections: { id: number; score: number }[] };

/** Opens an index with every part already at hand (tests, benchmark). */
export function openIndex(payload: SearchPayload, flexsearch: FlexsearchModule): SearchEngine {
  const engine = createEngine(payload.manifest, flexsearch);
  for (const [file, data] of Object.entries(payload.parts)) engine.add(file, data);
  return engine;
}

export function createEngine(manifest: SearchManifest, flexsearch: FlexsearchModule): SearchEngine {
  const document = new flexsearch.Document(documentOptions(manifest.fields, flexsearch.Charset));
  // The same encoder the index options name, so query words compare equal to indexed ones.
  const encoder = new flexsearch.Encoder(flexsearch.Charset.LatinAdvanced);
  // Snippets encode every word of the sections they show, and the same words come back on
  // every keystroke: remembered, a query's snippets cost a fraction of a millisecond, not tens.
  const encoded = new Map<string, string[]>();
  const encode = (text: string) => {
    let terms = encoded.get(text);
    if (!terms) {
      if (encoded.size >= 20_000) encoded.clear();
      encoded.set(text, (terms = encoder.encode(text)));
    }
    return terms;
  };
  const phoneticFields = manifest.fields.filter((f) => f.encoding !== 'exact').map((f) => f.field);
  // The words the body index leaves out, as the index file names them.
  const stopwords = new Set(manifest.fields.flatMap((f) => f.stopwords ?? []));
  const shardByPrefix = new Map(manifest.terms);
  const loaded = new Set<string>();
  const vocabularies = new Map<string, string[]>();
  const notes = new Map<number, NoteRecords>();
  // First record id of each note, for turning a hit into its note and section.
  const starts = [0];
  for (const count of manifest.sectionCounts) starts.push(starts.at(-1)! + count);

  /** A term's shard: the file of the longest listed prefix it starts with. */
  const shardOf = (term: string) => {
    for (let k = term.length; k >= 0; k--) {
      const file = shardByPrefix.get(term.slice(0, k));
      if (file !== undefined) return file;
    }
    return undefined;
  };

  // A query's words are resolved again on every keystroke and by `queryTerms`: keep the
  // answers of complete lookups (the parts they read never change), a few dozen.
  const resolved = new Map<string, Unit[] | string[]>();
  const remember = <T extends Unit[] | string[]>(key: string, answer: T) => {
    if (!answer.length || typeof answer[0] !== 'string') {
      if (resolved.size >= 64) resolved.clear();
      resolved.set(key, answer);
    }
    return answer;
  };

  /**
   * A raw query word's units, or the files needed to know them. A word written like an
   * acronym that is one matches it alone; otherwise each of its encoded terms matches in
   * every phonetic field, and a term with no hits is tried once more with a typo corrected.
   */
  const unitsOf = (word: string): Unit[] | string[] => {
    const known = resolved.get(word);
    if (known) return known;
    const lower = word.toLowerCase();
    const terms = encode(word);
    const files = new Set<string>();
    const need = (file: string | undefined) => file !== undefined && !loaded.has(file) && files.add(file);
    // Acronyms are filed in the shard of their encoded form, which the word needs anyway.
    const acronymShard = ACRONYM.test(lower) ? shardOf(terms[0] ?? lower) : undefined;
    // flexsearch encodes a looked-up term once more, which may change it: both forms' shards.
    for (const term of terms) for (const form of new Set([term, ...encode(term)])) need(shardOf(form));
    need(acronymShard);
    if (files.size) return [...files];
    if (acronymShard !== undefined) {
      const hits = document.search(lower, { index: ['acronyms'], limit: TERM_LIMIT }) as Hits;
      if (hits.length) return remember(word, [{ term: `=${lower}`, hits }]);
    }
    const units: Unit[] = [];
    for (const term of terms) {
      const hits = document.search(term, { index: phoneticFields, limit: TERM_LIMIT }) as Hits;
      if (hits.length || term.length < 4) {
        units.push({ term, hits });
        continue;
      }
      // Typos: words one edit away start with the same letter, or with the second letter
      // when the first was doubled or swapped with it.
      const letters = [...new Set([term[0]!, term[1]!])];
      for (const letter of letters) need(manifest.vocabulary[letter]);
      if (files.size) continue;
      const fixed = correct(
        term,
        letters.flatMap((letter) => vocabularies.get(letter) ?? []),
      );
      if (!fixed) {
        units.push({ term, hits });
        continue;
      }
      if (need(shardOf(fixed))) continue;
      units.push({ term: fixed, hits: document.search(fixed, { index: phoneticFields, limit: TERM_LIMIT }) as Hits });
    }
    return files.size ? [...files] : remember(word, units);
  };

  /**
   * The words looked up. Stop words ("is", "the", "of") are left out when the query has other
   * words: the body index never holds them, so they would only match titles and headings, by
   * prefix ("is" → "isolation"), and outweigh the words that matter; the phrase check still
   * reads them. A query of stop words alone keeps them. A contraction is one word ("doesn't" is
   * a stop word); otherwise its clitic ("'s", "'t") is dropped, as a letter alone prefixes anything.
   */
  const wordsOf = (query: string) => {
    const words: string[] = [];
    const stops: string[] = [];
    for (const [token] of query.matchAll(WORD)) {
      const [head, ...rest] = token.split(/['’]/);
      const pieces = [head!, ...rest.filter((piece) => piece.length > 2)];
      (stopwords.has(token.replace(/['’]/g, '').toLowerCase()) ? stops : words).push(...pieces);
    }
    return [...new Set(words.length ? words : stops)];
  };

  /** The query's scoring units, each term once; or the files needed first. */
  const unitsOfQuery = (query: string): QueryUnit[] | string[] => {
    const files = new Set<string>();
    const units = new Map<string, QueryUnit>();
    const typed = query.match(/[\p{L}\p{N}]+$/u)?.[0];
    for (const word of wordsOf(query)) {
      const answer = unitsOf(word);
      for (const item of answer) {
        if (typeof item === 'string') files.add(item);
        else if (!units.has(item.term)) units.set(item.term, word === typed ? { ...item, typing: true } : item);
      }
    }
    return files.size ? [...files] : [...units.values()];
  };

  const noteOf = (id: number) => {
    let low = 0;
    let high = starts.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= id) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  /** Every note the words found, best first, each with its matching sections' record ids and scores, best first. */
  function rank(units: QueryUnit[]): Ranked[] {
    if (units.length === 0) return [];
    // Each word is looked up on its own and the scores are combined here: flexsearch's own
    // multi-word intersection takes tens of milliseconds on long lists of a common word.
    // Plain numbers, no object per hit: the garbage collector stays out of the way at 5,000 notes.
    const scores = new Map<number, number>();
    const words = new Map<number, number>(); // bit i set: the section has the query's word i
    units.slice(0, 31).forEach(({ hits }, word) => {
      for (const { field, result } of hits) {
        const weight = FIELD_WEIGHTS[field as SearchField] ?? 0;
        for (const raw of result) {
          const id = Number(raw);
          scores.set(id, (scores.get(id) ?? 0) + weight);
          words.set(id, (words.get(id) ?? 0) | (1 << word));
        }
      }
    });
    // A section with every word of the query beats one that has only some of them.
    const all = Math.min(units.length, 31);
    // The words a section must hold to hold the phrase: all but one still being typed.
    const required = units.slice(0, 31).reduce((mask, unit, word) => (unit.typing ? mask : mask | (1 << word)), 0);
    const byNote = new Map<number, Ranked>();
    for (const [id, raw] of scores) {
      const bits = words.get(id)!;
      const score = raw * (bitCount(bits) / all) ** 2;
      const note = noteOf(id);
      let hit = byNote.get(note);
      if (!hit) byNote.set(note, (hit = { note, score: 0, complete: false, sections: [] }));
      hit.sections.push({ id, score });
      hit.complete ||= (bits & required) === required;
    }
    for (const hit of byNote.values()) {
      hit.sections.sort((a, b) => b.score - a.score);
      // A note is as good as its best section, nudged up by its other matching sections.
      hit.score = hit.sections[0]!.score + 0.1 * hit.sections.slice(1).reduce((sum, s) => sum + s.score, 0);
    }
    return [...byNote.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * The notes whose records a query reads: those the words rank first and, for a phrase, the
   * best few that hold every word in one section, which the phrase may lift above them.
   */
  function candidates(units: QueryUnit[], phrase: Phrase | undefined, limit: number): Ranked[] {
    const ranked = rank(units);
    if (!phrase) return ranked.slice(0, limit);
    const pool = new Set(ranked.filter((hit) => hit.complete).slice(0, PHRASE_POOL));
    return ranked.filter((hit, i) => i < limit || pool.has(hit));
  }

  const recordsFile = (note: number) => `${manifest.records}${note}.json`;

  function missing(query: string, { limit = 10 }: SearchOptions = {}): string[] {
    const units = unitsOfQuery(query);
    if (units.length && typeof units[0] === 'string') return units as string[];
    return candidates(units as QueryUnit[], phraseOf(query), limit)
      .map((hit) => recordsFile(hit.note))
      .filter((file) => !loaded.has(file));
  }

  function search(query: string, { limit = 10, sectionsPerNote = 3 }: SearchOptions = {}): NoteHit[] {
    const units = unitsOfQuery(query);
    if (units.length && typeof units[0] === 'string') throw new Error(`search: parts not loaded yet: ${units.join(', ')}`);
    const terms = (units as Unit[]).map((u) => u.term);
    const phrase = phraseOf(query);
    const hits = candidates(units as QueryUnit[], phrase, limit).map(({ note, score, sections }) => {
      const records = notes.get(note);
      if (!records) throw new Error(`search: records of note ${note} not loaded yet`);
      const [slug, title, area, aliases, texts] = records;
      const placed = sections.map(({ id, score }) => {
        const [sectionId, heading, text] = texts[id - starts[note]!]!;
        const fields = id === starts[note] ? { title, aliases, heading, text } : { heading, text };
        return { id: sectionId, heading, text, score, ...(phrase && placeOf(phrase, fields)) };
      });
      // Sections holding the phrase first, best place first (a stable sort: by score within a
      // place), so the note opens where it holds the phrase best.
      placed.sort((a, b) => placeRank(a.place) - placeRank(b.place));
      const shown = placed.slice(0, sectionsPerNote);
      return {
        slug,
        title,
        area,
        ...(shown[0]?.place ? { phrase: shown[0].place } : {}),
        score,
        sections: shown.map(({ id, heading, text, score, at }) => ({
          id,
          heading,
          text: excerpt(text, terms, encode, SNIPPET_CHARS, at),
          score,
        })),
      };
    });
    // Stable, and the candidates come in score order: by score within a phrase place.
    return hits.sort((a, b) => placeRank(a.phrase) - placeRank(b.phrase)).slice(0, limit);
  }

  function add(file: string, data: unknown) {
    if (loaded.has(file)) return;
    loaded.add(file);
    if (file.startsWith(manifest.records)) notes.set(Number(file.slice(manifest.records.length, -'.json'.length)), data as NoteRecords);
    else if (file.startsWith('v.')) {
      const letter = Object.entries(manifest.vocabulary).find(([, name]) => name === file)?.[0];
      if (letter) vocabularies.set(letter, data as string[]);
    } else {
      // Merged into the field's term map. flexsearch takes the parsed array as well as its JSON
      // text (its type says string only); passing it saves a stringify and a parse per shard.
      for (const [field, map] of Object.entries(data as TermShard))
        document.import(`${field}.1.map`, decodeTermMap(map) as unknown as string);
    }
  }

  function queryTerms(query: string): string[] {
    const units = unitsOfQuery(query);
    if (units.length && typeof units[0] === 'string') return [...new Set(encode(query))];
    return (units as Unit[]).map((u) => u.term);
  }

  return { missing, add, search, queryTerms, encode };
}

/** A phrase place's order, no phrase last; sorting by it is stable, so score order holds within a place. */
function placeRank(place: PhrasePlace | undefined): number {
  return place ? PHRASE_PLACES.indexOf(place) : PHRASE_PLACES.length;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count++;
  return count;
}
