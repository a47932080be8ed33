import { describe, expect, it } from 'vitest';
import { queryOf, readUrlState } from '@/lib/client/url-state';
import { selectionOf, variantOf } from '@/lib/sagas/selection';
import { nextSort, sortVariants } from '@/lib/sagas/sort-variants';
import { SETTINGS, compareSettings, sagaCode, type SagaSettings, type SagaVariant } from '@/lib/sagas/variants';

/** A wiki with three of the eight variants, named after their codes. */
function variant(settings: SagaSettings, coupling: SagaVariant['ratings']['coupling']): SagaVariant {
  const code = sagaCode(settings);
  return {
    slug: `${code}-saga`,
    name: `Saga ${code}`,
    code,
    ...settings,
    ratings: { coupling, complexity: 'low', responsiveness: 'medium', scale: 'high' },
  };
}
const SAO = variant({ communication: 'sync', consistency: 'atomic', coordination: 'orchestrated' }, 'very high');
const SEC = variant({ communication: 'sync', consistency: 'eventual', coordination: 'choreographed' }, 'medium');
const AEC = variant({ communication: 'async', consistency: 'eventual', coordination: 'choreographed' }, 'very low');
const VARIANTS = [SAO, SEC, AEC];

describe('saga settings', () => {
  it("spell the book's code and sort in the book's order (sao, sac, seo, sec, aao, aac, aeo, aec)", () => {
    expect([AEC, SEC, SAO].map(sagaCode)).toEqual(['aec', 'sec', 'sao']);
    expect([AEC, SEC, SAO].sort(compareSettings).map((v) => v.code)).toEqual(['sao', 'sec', 'aec']);
  });
});

describe('saga selection', () => {
  /** The explorer's reading of a query string, the first variant's settings as defaults. */
  const fromQuery = (search: string, first: SagaVariant) => readUrlState(search, selectionOf(first), SETTINGS);

  it("round-trips every variant through the query string, the first variant's settings left out", () => {
    for (const v of VARIANTS) expect(variantOf(VARIANTS, fromQuery(queryOf('', selectionOf(v), selectionOf(SAO)), SAO))?.slug).toBe(v.slug);
    expect(queryOf('', selectionOf(AEC), selectionOf(SAO))).toBe('?communication=async&consistency=eventual&coordination=choreographed');
    expect(queryOf('', selectionOf(SEC), selectionOf(SAO))).toBe('?consistency=eventual&coordination=choreographed');
    expect(queryOf('', selectionOf(SAO), selectionOf(SAO))).toBe('');
  });

  it("keeps the first variant's settings for missing or unknown values", () => {
    expect(variantOf(VARIANTS, fromQuery('', SEC))).toBe(SEC);
    expect(variantOf(VARIANTS, fromQuery('?communication=carrier-pigeon&consistency=eventual', SAO))).toBeUndefined();
    expect(fromQuery('?communication=carrier-pigeon&consistency=eventual', SAO)).toEqual({
      communication: 'sync',
      consistency: 'eventual',
      coordination: 'orchestrated',
    });
  });

  it('finds no variant for a combination no note describes', () => {
    expect(variantOf(VARIANTS, { communication: 'async', consistency: 'atomic', coordination: 'orchestrated' })).toBeUndefined();
    expect(variantOf([], SAO)).toBeUndefined();
  });
});

describe('sortVariants', () => {
  it('sorts by a rating, keeping the given order for ties, and reverses on a second click', () => {
    const tied = variant({ communication: 'async', consistency: 'atomic', coordination: 'choreographed' }, 'medium');
    const rows = [SAO, SEC, tied, AEC];
    const ascending = nextSort(undefined, 'coupling');
    expect(sortVariants(rows, ascending).map((v) => v.code)).toEqual(['aec', 'sec', 'aac', 'sao']);
    const descending = nextSort(ascending, 'coupling');
    expect(descending.direction).toBe('descending');
    expect(sortVariants(rows, descending).map((v) => v.code)).toEqual(['sao', 'sec', 'aac', 'aec']);
    expect(nextSort(descending, 'scale')).toEqual({ key: 'scale', direction: 'ascending' });
    expect(sortVariants(rows)).toEqual(rows);
  });
});
