/**
 * Word shingles for spotting copied prose: a run of `size` consecutive words, normalised and
 * hashed, so the source text itself never has to be stored to compare against it.
 */
import { createHash } from 'node:crypto';

export const SHINGLE_SIZE = 8;

export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’']/g, "'")
      .match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? []
  );
}

export function shingleHash(run: readonly string[]): string {
  return createHash('sha1').update(run.join(' ')).digest('hex').slice(0, 12);
}

/** Every run of `size` words in the text, hashed, with the run itself for messages. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, string> {
  const list = words(text);
  const result = new Map<string, string>();
  for (let i = 0; i + size <= list.length; i += 1) {
    const run = list.slice(i, i + size);
    result.set(shingleHash(run), run.join(' '));
  }
  return result;
}
