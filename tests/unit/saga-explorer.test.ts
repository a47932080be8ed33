import { describe, expect, it } from 'vitest';
import { queryOf, selectionFromQuery, variantOf } from '@/lib/sagas/selection';
import { nextSort, sortVariants } from '@/lib/sagas/sort-variants';
import { SAGA_VARIANTS } from '@/lib/sagas/variants';

describe('saga selection', () => {
  it('round-trips every variant through the query string', () => {
    for (const variant of SAGA_VARIANTS) {
      const selection = { communication: variant.communication, consistency: variant.consistency, coordination: variant.coordination };
      expect(variantOf(selectionFromQuery(queryOf(selection))).slug).toBe(variant.slug);
    }
    expect(queryOf({ communication: 'async', consistency: 'eventual', coordination: 'choreographed' })).toBe('?communication=async&consistency=eventual&coordination=choreographed');
  });

  it('falls back to the Epic Saga\'s settings for missing or unknown values', () => {
    expect(variantOf(selectionFromQuery('')).slug).toBe('epic-saga');
    expect(variantOf(selectionFromQuery('?communication=carrier-pigeon&coordination=choreographed')).slug).toBe('phone-tag-saga');
  });
});

describe('sortVariants', () => {
  it('sorts by a rating, keeping the book\'s order for ties, and reverses on a second click', () => {
    const ascending = nextSort(undefined, 'coupling');
    expect(sortVariants(SAGA_VARIANTS, ascending).map((v) => v.slug)).toEqual(['anthology-saga', 'parallel-saga', 'time-travel-saga', 'horror-story-saga', 'phone-tag-saga', 'fairy-tale-saga', 'fantasy-fiction-saga', 'epic-saga']);
    const descending = nextSort(ascending, 'coupling');
    expect(descending.direction).toBe('descending');
    expect(sortVariants(SAGA_VARIANTS, descending)[0]?.slug).toBe('epic-saga');
    expect(nextSort(descending, 'scale')).toEqual({ key: 'scale', direction: 'ascending' });
    expect(sortVariants(SAGA_VARIANTS).map((v) => v.slug)).toEqual(SAGA_VARIANTS.map((v) => v.slug));
  });
});
