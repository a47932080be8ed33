/** bcrypt in worker threads (lib/server/bcrypt-pool.ts): real threads, real hashes. */
import bcrypt from 'bcryptjs';
import { afterEach, describe, expect, it } from 'vitest';
import { bcryptPool, type BcryptPool } from '@/lib/server/bcrypt-pool';

let pool: BcryptPool | undefined;
afterEach(async () => {
  await pool?.close();
});

describe('bcryptPool', () => {
  it('compares in a worker thread', async () => {
    pool = bcryptPool({ threads: 1 });
    const hash = bcrypt.hashSync('lovelace', 4);
    expect(await pool.compare('lovelace', hash)).toBe(true);
    expect(await pool.compare('babbage', hash)).toBe(false);
  });

  it('leaves the event loop free while it compares', async () => {
    pool = bcryptPool({ threads: 1 });
    const hash = bcrypt.hashSync('lovelace', 10);
    const order: string[] = [];
    const comparing = pool.compare('lovelace', hash).then(() => order.push('compared'));
    // bcryptjs's own async API would run this comparison (one slice of under 100 ms) first.
    await new Promise((resolve) => setImmediate(resolve));
    order.push('event loop');
    await comparing;
    expect(order).toEqual(['event loop', 'compared']);
  });

  it('answers busy at once beyond its queue, instead of letting work pile up', async () => {
    pool = bcryptPool({ threads: 1, maxQueue: 2 });
    const hash = bcrypt.hashSync('lovelace', 10);
    const results = await Promise.all(Array.from({ length: 8 }, () => pool!.compare('wrong', hash)));
    // One running and two waiting at most: the other five are turned away.
    expect(results.filter((result) => result === 'busy').length).toBeGreaterThanOrEqual(5);
    expect(results.filter((result) => result === false).length).toBeGreaterThanOrEqual(1);
  });
});
