import { describe, expect, it } from 'vitest';
import type { SearchField } from '@/lib/search/config';
import type { TermMap } from '@/lib/search/delta';
import { shardTerms } from '@/lib/search/shard-terms';

/** A term's file, as the engine finds it: the longest listed prefix it starts with. */
function fileOf(plans: ReturnType<typeof shardTerms>, key: string): number {
  for (let k = key.length; k >= 0; k--) {
    const index = plans.findIndex((plan) => plan.prefixes.includes(key.slice(0, k)));
    if (index >= 0) return index;
  }
  return -1;
}

const ids = (n: number) => [Array.from({ length: n }, (_, i) => i * 7)];

describe('term shards by prefix', () => {
  const words = [
    's',
    'sa',
    'sag',
    'saga',
    'sagas',
    'se',
    'service',
    'services',
    'o',
    'or',
    'orch',
    'orchestration',
    'outbox',
    'k',
    'kafka',
  ];
  const maps = new Map<SearchField, TermMap>([
    ['title', words.map((w): TermMap[number] => [w, ids(40)])],
    ['body', words.filter((w) => w.length > 3).map((w): TermMap[number] => [w, ids(120)])],
  ]);
  const plans = shardTerms(maps, undefined, 1500);

  it('files every term of every field where a lookup by longest prefix finds it', () => {
    for (const [field, map] of maps) {
      for (const [term] of map)
        expect(
          plans[fileOf(plans, term)]!.shard[field]?.some(([t]) => t === term),
          `${field} ${term}`,
        ).toBe(true);
    }
  });

  it('splits a big prefix into several files and keeps a word and its longer prefixes together', () => {
    expect(plans.length).toBeGreaterThan(2);
    expect(fileOf(plans, 'sagas')).toBe(fileOf(plans, 'saga'));
    expect(fileOf(plans, 'orchestration')).toBe(fileOf(plans, 'orch'));
  });

  it('files a term by the key it is given, so an acronym sits beside its encoded form', () => {
    const placed = shardTerms(
      new Map<SearchField, TermMap>([...maps, ['acronyms', [['bff', ids(1)]]]]),
      (field, term) => (field === 'acronyms' ? 'kafka' : term),
      1500,
    );
    expect(placed[fileOf(placed, 'kafka')]!.shard.acronyms).toEqual([['bff', ids(1)]]);
  });
});
