/**
 * One-typo tolerance: a query word that matches nothing is replaced by the closest word of
 * the index's own vocabulary at most one edit away (an insertion, deletion, substitution or
 * swap of neighbours: "orchestartion" → "orchestration").
 */
import { editDistance } from '../edit-distance';

/** The vocabulary word nearest to `word` within one edit; short words are left alone (too many neighbours). */
export function correct(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 4) return undefined;
  for (const candidate of vocabulary) if (candidate !== word && editDistance(word, candidate) <= 1) return candidate;
  return undefined;
}
