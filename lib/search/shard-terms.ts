/**
 * Cuts the index's terms into shards by prefix, like a trie: a prefix whose terms are too
 * many for one file is split by its next letter, recursively, and small neighbours are packed
 * back together. Typing a word looks up each of its prefixes ("o", "or", "orc"…, which the
 * forward-tokenized fields index), and they all fall in the same few files: the deep end of
 * a word's branch, plus the short prefixes that were split off on the way down.
 */
import type { SearchField } from './config';
import { encodeTermMap, type TermMap } from './delta';

/** Raw JSON bytes per shard before a prefix is split: several KB gzip of delta-coded ids. */
export const SHARD_TARGET = 24_000;

export interface TermShardPlan {
  /** The prefixes whose terms this file holds (a term goes by its longest listed prefix). */
  prefixes: string[];
  shard: Partial<Record<SearchField, TermMap>>;
}

interface Group {
  prefixes: string[];
  keys: string[];
  size: number;
}

type Entry = [field: SearchField, term: string, slots: TermMap[number][1]];

/**
 * `placeOf` gives the key a field's term is filed under (its own text unless said otherwise):
 * the reader must look it up by the same key.
 */
export function shardTerms(
  maps: ReadonlyMap<SearchField, TermMap>,
  placeOf: (field: SearchField, term: string) => string = (_, term) => term,
  target = SHARD_TARGET,
): TermShardPlan[] {
  const byKey = new Map<string, Entry[]>();
  for (const [field, map] of maps) {
    for (const [term, slots] of map) {
      const key = placeOf(field, term);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push([field, term, slots]);
    }
  }
  const sizes = new Map(
    [...byKey].map(([key, entries]) => [
      key,
      entries.reduce((sum, [, term, slots]) => sum + JSON.stringify(encodeTermMap([[term, slots]])).length + 10, 0),
    ]),
  );
  return split('', [...byKey.keys()].sort(), sizes, target).map(({ prefixes, keys }) => {
    const shard: Partial<Record<SearchField, TermMap>> = {};
    for (const key of keys) for (const [field, term, slots] of byKey.get(key)!) (shard[field] ??= []).push([term, slots]);
    return { prefixes, shard };
  });
}

/** `keys` all start with `prefix`, sorted. */
function split(prefix: string, keys: string[], sizes: ReadonlyMap<string, number>, target: number): Group[] {
  const sizeOf = (group: string[]) => group.reduce((sum, key) => sum + sizes.get(key)!, 0);
  const size = sizeOf(keys);
  if (size <= target) return [{ prefixes: [prefix], keys, size }];
  const own = keys.filter((key) => key.length === prefix.length);
  const children = new Map<string, string[]>();
  for (const key of keys) {
    if (key.length === prefix.length) continue;
    const next = prefix + key[prefix.length];
    if (!children.has(next)) children.set(next, []);
    children.get(next)!.push(key);
  }
  const parts: Group[] = [{ prefixes: [prefix], keys: own, size: sizeOf(own) }];
  for (const [child, childKeys] of children) parts.push(...split(child, childKeys, sizes, target));
  // Pack neighbours while they fit, so a wiki of short branches does not become a thousand tiny files.
  const packed: Group[] = [];
  for (const part of parts) {
    const last = packed.at(-1);
    if (last && last.size + part.size <= target) {
      last.prefixes.push(...part.prefixes);
      last.keys.push(...part.keys);
      last.size += part.size;
    } else packed.push({ prefixes: [...part.prefixes], keys: [...part.keys], size: part.size });
  }
  return packed;
}
