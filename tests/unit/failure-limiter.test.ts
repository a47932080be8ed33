import { describe, expect, it } from 'vitest';
import { failureLimiter } from '@/lib/server/failure-limiter';

describe('failureLimiter', () => {
  it('refuses an address after its limit of failures until its window ends, in whole seconds', () => {
    let time = 1_000;
    const limiter = failureLimiter({ limit: 2, windowMs: 10_000, now: () => time });
    limiter.fail('a');
    expect(limiter.retryAfter('a')).toBe(0);
    time += 4_500;
    limiter.fail('a');
    expect(limiter.retryAfter('a')).toBe(6);
    expect(limiter.retryAfter('b')).toBe(0);
    time += 5_499;
    expect(limiter.retryAfter('a')).toBe(1);
    time += 1;
    expect(limiter.retryAfter('a')).toBe(0);
    // A new window starts with the next failure.
    limiter.fail('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('counts nothing when the limit is 0', () => {
    const limiter = failureLimiter({ limit: 0 });
    for (let i = 0; i < 100; i += 1) limiter.fail('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('remembers a bounded number of addresses, forgetting the oldest first', () => {
    const limiter = failureLimiter({ limit: 1, maxClients: 2 });
    for (const client of ['a', 'b', 'c']) limiter.fail(client);
    expect(['a', 'b', 'c'].map((client) => limiter.retryAfter(client) > 0)).toEqual([false, true, true]);
  });
});
