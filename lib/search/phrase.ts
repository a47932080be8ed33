/**
 * Exact phrases. The index keeps no word order (body words have one score slot), so a query
 * of two words or more is looked for word for word in the text of the notes it found: in
 * their records, which are fetched for the snippets anyway. Case, accents, punctuation and
 * spacing do not count: "Topology doesn’t change" is the phrase "topology doesnt change", and
 * "conways law" is "Conway's Law".
 */

/** A word, a contraction's apostrophe inside it ("doesn't", "Conway's"). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export interface Phrase {
  /** The query's words, folded (lower case, no accents, no apostrophes). */
  words: string[];
  /** The query ends inside a word, which may still be being typed: the last word matches as a prefix. */
  open: boolean;
}

const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}'’]+/gu, '');

/** The query as a phrase, if it has two words or more (a single word is the index's job). */
export function phraseOf(query: string): Phrase | undefined {
  const words = (query.match(WORD) ?? []).map(fold);
  if (words.length < 2) return undefined;
  return { words, open: /[\p{L}\p{N}'’]$/u.test(query) };
}

/** Where the phrase occurs in `text`: [start, end) character ranges, first to last, none overlapping. */
export function findPhrase(text: string, phrase: Phrase): [number, number][] {
  const { words, open } = phrase;
  // Most texts a query looks at lack even its first word: one pass over them rules those out.
  if (!fold(text).includes(words[0]!)) return [];
  const tokens = [...text.matchAll(WORD)];
  const folded = tokens.map((token) => fold(token[0]));
  const last = words.length - 1;
  const found: [number, number][] = [];
  for (let i = 0; i + last < folded.length; i++) {
    const match = words.every((word, j) => (open && j === last ? folded[i + j]!.startsWith(word) : folded[i + j] === word));
    if (!match) continue;
    const end = tokens[i + last]!;
    found.push([tokens[i]!.index, end.index + end[0].length]);
    i += last;
  }
  return found;
}

/**
 * Where a phrase can be found, best first. A phrase in quotation marks or brackets is
 * *mentioned* rather than used ("the fallacies ("topology doesn't change") bite first"): notes
 * mention a term that another note defines, so a mention ranks below a phrase in running text.
 */
export const PHRASE_PLACES = ['title', 'aliases', 'heading', 'body', 'mention'] as const;
export type PhrasePlace = (typeof PHRASE_PLACES)[number];

/** A search record's text by place: the title and aliases are on a note's first record only. */
export interface PhraseFields {
  title?: string;
  aliases?: readonly string[];
  heading: string;
  text: string;
}

/** Where a record holds the phrase best, and, for its text, where the best occurrence starts (for the snippet). */
export function placeOf(phrase: Phrase, fields: PhraseFields): { place: PhrasePlace; at?: number } | undefined {
  if (fields.title && findPhrase(fields.title, phrase).length) return { place: 'title' };
  if (fields.aliases?.some((alias) => findPhrase(alias, phrase).length)) return { place: 'aliases' };
  if (findPhrase(fields.heading, phrase).length) return { place: 'heading' };
  const found = findPhrase(fields.text, phrase);
  const used = found.find((range) => !isMention(fields.text, range));
  if (used) return { place: 'body', at: used[0] };
  return found.length ? { place: 'mention', at: found[0]![0] } : undefined;
}

/** How far back an opening bracket may be and still enclose an occurrence (a stray ")" in "1)" should not reach far). */
const BRACKET_REACH = 200;

/** In quotation marks (a comma or full stop may sit inside them) or inside round or square brackets. */
export function isMention(text: string, [start, end]: [number, number]): boolean {
  if (/["“‘«']/u.test(text[start - 1] ?? '') && /^[.,;:!?]?["”’»']/u.test(text.slice(end, end + 2))) return true;
  const opened = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('[', start));
  const closed = Math.max(text.lastIndexOf(')', start), text.lastIndexOf(']', start));
  if (opened <= closed || start - opened > BRACKET_REACH) return false;
  const closes = text.slice(end).search(/[)\]]/);
  const opens = text.slice(end).search(/[([]/);
  return closes >= 0 && (opens < 0 || closes < opens);
}
