/**
 * HTTP Basic authentication against a bcrypt password file, for the private wiki. Nothing
 * about a request's timing says whether its user exists: every user is compared in constant
 * time, and an unknown user still costs one bcrypt comparison, against a dummy hash.
 */
import bcrypt from 'bcryptjs';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Htpasswd } from './htpasswd';
import { realmText } from './realm';

export interface BasicAuth {
  /** Whether an `Authorization` header carries a listed user and that user's password. */
  verify(authorization: string | undefined): Promise<boolean>;
  /** The `WWW-Authenticate` value that makes the browser ask for a name and password. */
  challenge: string;
}

const CREDENTIALS = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i;
// A browser sends the same header with every request; a few hundred covers a team.
const CACHE_LIMIT = 1000;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function basicAuth(users: Htpasswd, realm: string): BasicAuth {
  const accounts = [...users].map(([name, hash]) => ({ name: sha256(name), hash }));
  // Same cost as the file's first hash, so the dummy comparison takes as long as a real one.
  const dummy = bcrypt.hashSync(randomBytes(16).toString('hex'), bcrypt.getRounds(accounts[0]?.hash ?? '$2y$10$'));
  // bcrypt costs tens of milliseconds by design; a page load makes dozens of requests with the
  // same header. Successes only are kept, keyed by a hash so no password sits in memory.
  const verified = new Set<string>();

  return {
    challenge: `Basic realm="${realmText(realm)}", charset="UTF-8"`,
    async verify(authorization) {
      const credentials = decode(authorization);
      if (!credentials) return false;
      const key = sha256(authorization ?? '').toString('hex');
      if (verified.has(key)) return true;
      const name = sha256(credentials.user);
      let hash = dummy;
      let known = false;
      // No early exit: every account is compared, whichever matches.
      for (const account of accounts) {
        const match = timingSafeEqual(name, account.name);
        if (match) hash = account.hash;
        known ||= match;
      }
      const ok = (await bcrypt.compare(credentials.password, hash)) && known;
      if (ok) {
        if (verified.size >= CACHE_LIMIT) verified.clear();
        verified.add(key);
      }
      return ok;
    },
  };
}

function decode(authorization: string | undefined): { user: string; password: string } | undefined {
  const encoded = authorization && CREDENTIALS.exec(authorization)?.[1];
  if (!encoded) return undefined;
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}
