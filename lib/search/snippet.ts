/**
 * Snippets: the part of a section around the query's words, split into plain and matched
 * parts. The parts are rendered as text nodes and <mark> elements, never as HTML, so a
 * note's text can never inject markup.
 */
import { findPhrase, type Phrase } from './phrase';

export interface SnippetPart {
  text: string;
  match: boolean;
}

type Encode = (word: string) => string[];

/**
 * Whether a word matches a query term: its encoded form starts with an encoded term (prefix,
 * so a word being typed is highlighted as it is in the results), or, for an acronym term
 * written `=bff`, the word is exactly it.
 */
function matcher(queryTerms: readonly string[], encode: Encode): (word: string) => boolean {
  const exact = new Set(queryTerms.filter((q) => q.startsWith('=')).map((q) => q.slice(1)));
  const prefixes = queryTerms.filter((q) => !q.startsWith('='));
  // Encoding every word of a long section is what a snippet costs; a word's first two letters
  // encode to the same first letter as the whole word, so most words are ruled out by those.
  const firsts = new Set(prefixes.map((q) => q[0]));
  return (word) =>
    exact.has(word.toLowerCase()) ||
    (firsts.has(encode(word.slice(0, 2))[0]?.[0]) && encode(word).some((w) => prefixes.some((q) => w.startsWith(q))));
}

/** Words and the runs between them alternate; keeping both rebuilds the text exactly. */
const pieces = (text: string) => text.split(/([\p{L}\p{N}]+)/u).filter(Boolean);
const isWord = (piece: string) => /^[\p{L}\p{N}]/u.test(piece);

/**
 * The text in plain and matched parts: the query's exact phrase wherever it occurs, as one part
 * with the spaces and stop words inside it, and elsewhere each word that matches a query term.
 */
export function highlight(text: string, queryTerms: readonly string[], encode: Encode, phrase?: Phrase): SnippetPart[] {
  const ranges = phrase ? findPhrase(text, phrase) : [];
  if (queryTerms.length === 0 && ranges.length === 0) return text ? [{ text, match: false }] : [];
  const matches = matcher(queryTerms, encode);
  const parts: SnippetPart[] = [];
  const push = (piece: string, match: boolean) => {
    const last = parts.at(-1);
    if (last && last.match === match) last.text += piece;
    else if (piece) parts.push({ text: piece, match });
  };
  const bounds: [number, number][] = [...ranges, [text.length, text.length]];
  let from = 0;
  for (const [start, end] of bounds) {
    for (const piece of pieces(text.slice(from, start))) push(piece, isWord(piece) && matches(piece));
    push(text.slice(start, end), true);
    from = end;
  }
  return parts;
}

/**
 * About `max` characters of `text` around its matched words: the window that holds the most
 * distinct query terms (then the most matches), starting a few words before the first of them,
 * cut at word boundaries with an ellipsis where text was left out. Without a match, the start.
 * `at`, where the query's exact phrase starts, takes the window's place: the phrase is what matched best.
 */
export function excerpt(text: string, queryTerms: readonly string[], encode: Encode, max: number, at?: number): string {
  if (text.length <= max) return text;
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: match[0],
  }));
  const from = at === undefined ? bestWindow(words, matcher(queryTerms, encode), encode, max) : words.findIndex((w) => w.start >= at);
  if (from < 0) return clip(text, 0, max);
  // A little context before the first match, so the snippet does not open on it.
  let first = from;
  while (first > 0 && words[from]!.start - words[first - 1]!.start <= max * 0.2) first--;
  return clip(text, words[first]!.start, max);
}

type Word = { start: number; end: number; word: string };

/** The first word of the window holding the most distinct query terms, then the most matches; -1 without a match. */
function bestWindow(words: readonly Word[], matches: (word: string) => boolean, encode: Encode, max: number): number {
  const hits = words.map(({ word }) => (matches(word) ? (encode(word)[0] ?? word.toLowerCase()) : undefined));
  let best = { from: -1, distinct: 0, count: 0 };
  for (let i = 0; i < words.length; i++) {
    if (!hits[i]) continue;
    const seen = new Set<string>();
    let count = 0;
    for (let j = i; j < words.length && words[j]!.end - words[i]!.start <= max * 0.8; j++) {
      if (hits[j]) {
        seen.add(hits[j]!);
        count++;
      }
    }
    if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) best = { from: i, distinct: seen.size, count };
  }
  return best.from;
}

/** `max` characters from `start`, ending at a word boundary, with ellipses where text was cut. */
function clip(text: string, start: number, max: number): string {
  const end = start + max >= text.length ? text.length : text.lastIndexOf(' ', start + max);
  const stop = end > start + max / 2 ? end : Math.min(text.length, start + max);
  return `${start > 0 ? '…' : ''}${text.slice(start, stop).trim()}${stop < text.length ? '…' : ''}`;
}
