/**
 * Queries an imported index: every field is searched, field scores are weighted and added
 * per section, and sections are grouped under their note, best note first. Runs in the
 * browser (with flexsearch's compact build) and in Node (tests, benchmark) alike, so the
 * flexsearch module is passed in rather than imported.
 */
import type { Charset as FlexCharset, Document as FlexDocument, Encoder as FlexEncoder } from 'flexsearch';
import { FIELD_WEIGHTS, documentOptions, type SearchField } from './config';
import type { SearchPayload } from './payload';
import { decodeTermMap } from './delta';
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
  text: string;
  score: number;
}

export interface NoteHit {
  slug: string;
  title: string;
  area: string;
  score: number;
  /** Best section first. */
  sections: SectionHit[];
}

export interface SearchEngine {
  search(query: string, options?: { limit?: number; sectionsPerNote?: number }): NoteHit[];
  /** The query's words as the index encodes them, typos corrected: what snippets highlight. */
  queryTerms(query: string): string[];
  /** Encodes text as the index does, so snippet words compare equal to query terms. */
  encode(text: string): string[];
}

/** Hits per word and field: a very common word is cut here (it ranks little anyway), which keeps a query around a millisecond at 5,000 notes. */
const TERM_LIMIT = 300;

export function openIndex(payload: SearchPayload, flexsearch: FlexsearchModule): SearchEngine {
  const document = new flexsearch.Document(documentOptions(payload.fields, flexsearch.Charset));
  for (const [key, data] of Object.entries(payload.index)) document.import(key, key.endsWith('.map') ? decodeTermMap(data) : data);
  // The same encoder the index options name, so query words compare equal to indexed ones.
  const encoder = new flexsearch.Encoder(flexsearch.Charset.LatinAdvanced);
  const encode = (text: string) => encoder.encode(text);
  // Every indexed term (forward fields add prefixes, which a typo rarely lands next to),
  // gathered on the first typo rather than at load, which it would slow down.
  let vocabulary: string[] | undefined;
  const vocabularyOf = () => (vocabulary ??= [...new Set(Object.entries(payload.index).flatMap(([key, data]) => (key.endsWith('.map') ? termsOf(data) : [])))]);

  /** Every field's hits for one term; a term with none is tried once more with a typo corrected. */
  const lookUp = (term: string) => {
    const hits = document.search(term, { limit: TERM_LIMIT });
    const fixed = hits.length === 0 ? correct(term, vocabularyOf()) : undefined;
    return fixed ? { term: fixed, hits: document.search(fixed, { limit: TERM_LIMIT }) } : { term, hits };
  };
  // `search` and `queryTerms` resolve the same words for each keystroke's query: look each up
  // once. The index never changes, so a kept answer stays right; the set is kept small.
  const resolved = new Map<string, ReturnType<typeof lookUp>>();
  const resolve = (term: string) => {
    let answer = resolved.get(term);
    if (!answer) {
      if (resolved.size >= 64) resolved.clear();
      answer = lookUp(term);
      resolved.set(term, answer);
    }
    return answer;
  };
  const queryTerms = (query: string) => [...new Set(encode(query))].map((term) => resolve(term).term);

  function search(query: string, { limit = 10, sectionsPerNote = 3 } = {}): NoteHit[] {
    const terms = [...new Set(encode(query))];
    if (terms.length === 0) return [];
    // Each word is looked up on its own and the scores are combined here: flexsearch's own
    // multi-word intersection takes tens of milliseconds on long lists of a common word.
    // Plain numbers, no object per hit: the garbage collector stays out of the way at 5,000 notes.
    const scores = new Map<number, number>();
    const words = new Map<number, number>(); // bit i set: the section has the query's word i
    terms.slice(0, 31).forEach((term, word) => {
      for (const { field, result } of resolve(term).hits) {
        const weight = FIELD_WEIGHTS[field as SearchField] ?? 0;
        for (const raw of result) {
          const id = Number(raw);
          scores.set(id, (scores.get(id) ?? 0) + weight);
          words.set(id, (words.get(id) ?? 0) | (1 << word));
        }
      }
    });
    // A section with every word of the query beats one that has only some of them.
    const all = Math.min(terms.length, 31);
    for (const [id, score] of scores) scores.set(id, score * (bitCount(words.get(id)!) / all) ** 2);
    const notes = new Map<number, NoteHit>();
    for (const [id, score] of scores) {
      const [noteIndex, sectionId, heading, text] = payload.sections[id]!;
      let hit = notes.get(noteIndex);
      if (!hit) {
        const [slug, title, area] = payload.notes[noteIndex]!;
        hit = { slug, title, area, score: 0, sections: [] };
        notes.set(noteIndex, hit);
      }
      hit.sections.push({ id: sectionId, heading, text, score });
    }
    for (const hit of notes.values()) {
      hit.sections.sort((a, b) => b.score - a.score);
      // A note is as good as its best section, nudged up by its other matching sections.
      hit.score = hit.sections[0]!.score + 0.1 * hit.sections.slice(1).reduce((sum, s) => sum + s.score, 0);
      hit.sections = hit.sections.slice(0, sectionsPerNote);
    }
    return [...notes.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  return { search, queryTerms, encode };
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count++;
  return count;
}

/** The terms of a flexsearch map export: a JSON array of [term, ids by score] pairs. */
function termsOf(data: string | undefined): string[] {
  if (!data) return [];
  return (JSON.parse(data) as [string, unknown][]).map(([term]) => term);
}
