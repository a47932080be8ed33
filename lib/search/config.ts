/**
 * How the search index is shaped. flexsearch's `import` only works with the options the
 * index was exported with, so the index file carries this description of them and the
 * reader builds its Document from the file, never from a possibly newer copy of this code.
 */
import type { Charset as FlexCharset, DocumentOptions, EncoderOptions } from 'flexsearch';

/** Fields of a section record; note-level fields are filled on the note's first record only. */
export type SearchField = 'title' | 'aliases' | 'acronyms' | 'heading' | 'tags' | 'links' | 'body';

/**
 * Ranking: a match in the title counts most, then aliases, headings, tags, curated link
 * titles, and the body text. Scores of all fields a record matched in are added up.
 */
export const FIELD_WEIGHTS: Record<SearchField, number> = { title: 10, aliases: 8, acronyms: 8, heading: 5, tags: 3, links: 2, body: 1 };

export interface FieldSpec {
  field: SearchField;
  /** `forward` indexes every prefix of a word, so a word matches while it is being typed. */
  tokenize: 'forward' | 'strict';
  /** `exact` keeps words as written (lowercased by the records): acronyms, which the phonetic encoder would mangle. */
  encoding?: 'exact';
  /** Score slots per word; fewer slots keep the export small where order barely matters. */
  resolution: number;
  /** Words left out of this field (filled in at build time, so the file carries them). */
  stopwords?: readonly string[];
}

/**
 * Forward tokenizing on short fields only: on long body text it about doubles the index.
 * Body order matters little next to field weights, hence one slot. English stopwords are
 * dropped from the long fields, the biggest saving in index size; short fields keep them
 * ("Time Travel Saga" must stay findable by its title).
 */
export function indexFields(stopwords: readonly string[]): FieldSpec[] {
  return [
    { field: 'title', tokenize: 'forward', resolution: 9 },
    { field: 'aliases', tokenize: 'forward', resolution: 9 },
    // "BFF" encodes to "f" and "XA" to "sa", which prefix-match unrelated titles: short
    // all-caps aliases are also kept as written, and a query word equal to one matches it alone.
    { field: 'acronyms', tokenize: 'strict', resolution: 1, encoding: 'exact' },
    { field: 'heading', tokenize: 'forward', resolution: 9 },
    { field: 'tags', tokenize: 'forward', resolution: 3 },
    { field: 'links', tokenize: 'strict', resolution: 1, stopwords },
    { field: 'body', tokenize: 'strict', resolution: 1, stopwords },
  ];
}

/**
 * flexsearch options from the field description. LatinAdvanced folds spelling variants
 * (materialised/materialized, ph/f, c/k) without the false friends of the soundex-like
 * encoders; the charset is passed in because the browser uses flexsearch's compact build.
 */
export function documentOptions(fields: readonly FieldSpec[], charset: typeof FlexCharset): DocumentOptions {
  return {
    document: {
      id: 'id',
      index: fields.map(({ field, tokenize, resolution, stopwords, encoding }) => ({
        field,
        tokenize,
        resolution,
        encoder: (encoding === 'exact'
          ? charset.Exact
          : { ...charset.LatinAdvanced, ...(stopwords ? { filter: new Set(stopwords) } : {}) }) satisfies EncoderOptions,
      })),
    },
  };
}

/** Characters of a section's text shown around its matched words. */
export const SNIPPET_CHARS = 160;

/** An alias written in capitals, 2 to 5 characters ("BFF", "2PC"): matched exactly, never phonetically. */
export function isAcronym(alias: string): boolean {
  return /^(?=.*[A-Z])[A-Z0-9]{2,5}$/.test(alias);
}
