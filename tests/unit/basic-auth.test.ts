import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { basicAuth, type BasicAuthOptions } from '@/lib/server/basic-auth';
import type { BcryptPool } from '@/lib/server/bcrypt-pool';
import { failureLimiter } from '@/lib/server/failure-limiter';

const users = new Map([
  ['ada', bcrypt.hashSync('lovelace', 4)],
  ['grace', bcrypt.hashSync('hopper:cobol', 4)],
]);
const header = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** bcrypt on this thread, counted: the tests look at how many comparisons a check costs. */
function countingPool(answer?: 'busy'): BcryptPool & { calls: number } {
  const pool = {
    calls: 0,
    async compare(password: string, hash: string) {
      pool.calls += 1;
      return answer ?? bcrypt.compare(password, hash);
    },
    close: async () => {},
  };
  return pool;
}

const authWith = (options: BasicAuthOptions = {}) => basicAuth(users, 'Team wiki', { pool: countingPool(), ...options });
const ok = async (auth: ReturnType<typeof basicAuth>, value: string | undefined, client = '192.0.2.1') =>
  (await auth.check(value, client)).ok;

describe('Basic authentication', () => {
  it('lets a listed user in with the right password only', async () => {
    const auth = authWith();
    expect(await ok(auth, header('ada', 'lovelace'))).toBe(true);
    expect(await ok(auth, header('grace', 'hopper:cobol'))).toBe(true);
    expect(await ok(auth, header('ada', 'hopper:cobol'))).toBe(false);
    expect(await ok(auth, header('nobody', 'lovelace'))).toBe(false);
    expect(await auth.check(header('Ada', 'lovelace'), '192.0.2.1')).toEqual({ ok: false, status: 401 });
  });

  it('refuses missing and malformed headers without throwing', async () => {
    const auth = authWith();
    for (const value of [undefined, '', 'Bearer abc', 'Basic', 'Basic !!!', `Basic ${Buffer.from('no-colon').toString('base64')}`]) {
      expect(await auth.check(value, '192.0.2.1'), String(value)).toEqual({ ok: false, status: 401 });
    }
  });

  it('spends a bcrypt comparison on an unknown user too, so timing does not reveal who exists', async () => {
    const pool = countingPool();
    const auth = authWith({ pool });
    await auth.check(header('nobody', 'x'), '192.0.2.1');
    await auth.check(header('ada', 'x'), '192.0.2.1');
    expect(pool.calls).toBe(2);
  });

  it('runs bcrypt once per accepted header for a few minutes, not on every asset request, and never remembers a refusal', async () => {
    let time = 0;
    const pool = countingPool();
    const auth = authWith({ pool, rememberMs: 60_000, now: () => time });
    for (let i = 0; i < 5; i += 1) expect(await ok(auth, header('ada', 'lovelace'))).toBe(true);
    for (let i = 0; i < 2; i += 1) expect(await ok(auth, header('ada', 'wrong'))).toBe(false);
    expect(pool.calls).toBe(3);
    time = 60_000;
    expect(await ok(auth, header('ada', 'lovelace'))).toBe(true);
    expect(pool.calls).toBe(4);
  });

  it('refuses an address after its limit of wrong passwords with 429, before spending bcrypt on it', async () => {
    const pool = countingPool();
    let time = 0;
    const auth = authWith({ pool, limiter: failureLimiter({ limit: 3, windowMs: 60_000, now: () => time }) });
    expect(await ok(auth, header('ada', 'lovelace'), '192.0.2.9')).toBe(true);
    for (let i = 0; i < 3; i += 1) expect(await auth.check(header('ada', `guess ${i}`), '192.0.2.9')).toEqual({ ok: false, status: 401 });
    time = 15_000;
    expect(await auth.check(header('ada', 'guess 4'), '192.0.2.9')).toEqual({ ok: false, status: 429, retryAfter: 45 });
    expect(pool.calls).toBe(4);
    // A reader already signed in from that address goes on reading; other addresses are still checked.
    expect(await ok(auth, header('ada', 'lovelace'), '192.0.2.9')).toBe(true);
    expect(await ok(auth, header('grace', 'hopper:cobol'), '198.51.100.7')).toBe(true);
  });

  it('answers 503 with Retry-After when the bcrypt queue is full, and counts no failure', async () => {
    const auth = authWith({ pool: countingPool('busy'), limiter: failureLimiter({ limit: 1 }) });
    expect(await auth.check(header('ada', 'wrong'), '192.0.2.1')).toEqual({ ok: false, status: 503, retryAfter: 1 });
    expect(await auth.check(header('ada', 'wrong'), '192.0.2.1')).toEqual({ ok: false, status: 503, retryAfter: 1 });
  });

  it('names the realm after the site, as a valid quoted header value', () => {
    expect(authWith().challenge).toBe('Basic realm="Team wiki", charset="UTF-8"');
    expect(basicAuth(users, 'Architecture Atlas', { pool: countingPool() }).challenge).toBe(
      'Basic realm="Architecture Atlas", charset="UTF-8"',
    );
    expect(basicAuth(users, 'The "Ops" wiki — ☃', { pool: countingPool() }).challenge).toBe(
      'Basic realm="The \\"Ops\\" wiki  ", charset="UTF-8"',
    );
    // CR/LF would start a header of the name's choosing; '$' is dropped as nginx must drop it, so both servers agree.
    expect(basicAuth(users, 'Ops\r\nX-Injected: 1 \\ $5', { pool: countingPool() }).challenge).toBe(
      'Basic realm="OpsX-Injected: 1 \\\\ 5", charset="UTF-8"',
    );
  });
});
