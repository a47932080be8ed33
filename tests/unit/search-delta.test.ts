import { describe, expect, it } from 'vitest';
import { decodeTermMap, encodeTermMap, type TermMap } from '@/lib/search/delta';

describe('delta-coded term maps', () => {
  it('round-trips ids, empty slots and term order that import does not care about', () => {
    const map: TermMap = [
      ['zeta', [[3, 40, 41], null, [1000]]],
      ['alpha', [[7]]],
    ];
    const encoded = encodeTermMap(map);
    expect(encoded).toEqual([
      ['alpha', [[7]]],
      ['zeta', [[3, 37, 1], null, [1000]]],
    ]);
    expect(decodeTermMap(encoded)).toEqual([
      ['alpha', [[7]]],
      ['zeta', [[3, 40, 41], null, [1000]]],
    ]);
  });
});
