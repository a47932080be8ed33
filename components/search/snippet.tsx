import type { Phrase } from '@/lib/search/phrase';
import { highlight } from '@/lib/search/snippet';
import { Mark } from '../mark';

/**
 * A snippet with the matched words in <mark>. Every part is a React text child, so text
 * from a note (even `<img onerror=…>`) is always shown as text, never parsed as markup.
 */
export function Snippet({
  text,
  terms,
  phrase,
  encode,
}: {
  text: string;
  terms: readonly string[];
  phrase?: Phrase;
  encode: (word: string) => string[];
}) {
  return <>{highlight(text, terms, encode, phrase).map((part, i) => (part.match ? <Mark key={i}>{part.text}</Mark> : part.text))}</>;
}
