import bcrypt from 'bcryptjs';
import { describe, expect, it, vi } from 'vitest';
import { basicAuth } from '@/lib/server/basic-auth';

const users = new Map([
  ['ada', bcrypt.hashSync('lovelace', 4)],
  ['grace', bcrypt.hashSync('hopper:cobol', 4)],
]);
const header = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('Basic authentication', () => {
  it('lets a listed user in with the right password only', async () => {
    const auth = basicAuth(users, 'Team wiki');
    expect(await auth.verify(header('ada', 'lovelace'))).toBe(true);
    expect(await auth.verify(header('grace', 'hopper:cobol'))).toBe(true);
    expect(await auth.verify(header('ada', 'hopper:cobol'))).toBe(false);
    expect(await auth.verify(header('nobody', 'lovelace'))).toBe(false);
    expect(await auth.verify(header('Ada', 'lovelace'))).toBe(false);
  });

  it('refuses missing and malformed headers without throwing', async () => {
    const auth = basicAuth(users, 'Team wiki');
    for (const value of [undefined, '', 'Bearer abc', 'Basic', 'Basic !!!', `Basic ${Buffer.from('no-colon').toString('base64')}`]) {
      expect(await auth.verify(value), String(value)).toBe(false);
    }
  });

  it('spends a bcrypt comparison on an unknown user too, so timing does not reveal who exists', async () => {
    const auth = basicAuth(users, 'Team wiki');
    const compare = vi.spyOn(bcrypt, 'compare');
    await auth.verify(header('nobody', 'x'));
    await auth.verify(header('ada', 'x'));
    expect(compare).toHaveBeenCalledTimes(2);
    compare.mockRestore();
  });

  it('runs bcrypt once per accepted header, not on every asset request, and never caches a refusal', async () => {
    const auth = basicAuth(users, 'Team wiki');
    const compare = vi.spyOn(bcrypt, 'compare');
    for (let i = 0; i < 5; i += 1) expect(await auth.verify(header('ada', 'lovelace'))).toBe(true);
    for (let i = 0; i < 2; i += 1) expect(await auth.verify(header('ada', 'wrong'))).toBe(false);
    expect(compare).toHaveBeenCalledTimes(3);
    compare.mockRestore();
  });

  it('names the realm after the site, as a valid quoted header value', () => {
    expect(basicAuth(users, 'Architecture Atlas').challenge).toBe('Basic realm="Architecture Atlas", charset="UTF-8"');
    expect(basicAuth(users, 'The "Ops" wiki — ☃').challenge).toBe('Basic realm="The \\"Ops\\" wiki  ", charset="UTF-8"');
    // CR/LF would start a header of the name's choosing; '$' is dropped as nginx must drop it, so both servers agree.
    expect(basicAuth(users, 'Ops\r\nX-Injected: 1 \\ $5').challenge).toBe('Basic realm="OpsX-Injected: 1 \\\\ 5", charset="UTF-8"');
  });
});
