import { describe, expect, it } from 'vitest';
import { editDistance } from '@/lib/edit-distance';
import { correct } from '@/lib/search/typo';

describe('one-typo correction', () => {
  it('counts an insertion, deletion, substitution or swap of neighbours as one edit', () => {
    expect(editDistance('saga', 'sagas')).toBe(1);
    expect(editDistance('sagas', 'saga')).toBe(1);
    expect(editDistance('saga', 'sega')).toBe(1);
    expect(editDistance('orchestartion', 'orchestration')).toBe(1);
    expect(editDistance('saga', 'soga s')).toBeGreaterThan(1);
  });

  it('corrects to a vocabulary word one edit away, and leaves short words alone', () => {
    expect(correct('idempotncy', ['coupling', 'idempotency'])).toBe('idempotency');
    expect(correct('xyz', ['xyzw'])).toBeUndefined();
    expect(correct('qqxzj', ['coupling'])).toBeUndefined();
  });
});
