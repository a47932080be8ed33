/**
 * HTTP Basic authentication against a bcrypt password file, for the private wiki. Nothing
 * about a request's timing says whether its user exists: every user is compared in constant
 * time, and an unknown user still costs one bcrypt comparison, against a dummy hash. The cost is
 * bounded: comparisons run in worker threads with a bounded queue (503 beyond it), an address
 * that keeps guessing is refused for a while (429), and a reader's accepted credentials are
 * remembered for a few minutes, so a flood of guesses never stands between a reader and a page.
 */
import bcrypt from 'bcryptjs';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { bcryptPool, type BcryptPool } from './bcrypt-pool';
import { failureLimiter, type FailureLimiter } from './failure-limiter';
import type { Htpasswd } from './htpasswd';
import { realmText } from './realm';

/** What to answer a request: go on, ask for the password (401), or come back later (429, 503). */
export type AuthVerdict = { ok: true } | { ok: false; status: 401 } | { ok: false; status: 429 | 503; retryAfter: number };

export interface BasicAuth {
  /** Checks an `Authorization` header sent from the address `client`. */
  check(authorization: string | undefined, client: string): Promise<AuthVerdict>;
  /** The `WWW-Authenticate` value that makes the browser ask for a name and password. */
  challenge: string;
  /** Stops the bcrypt worker threads. */
  close(): Promise<void>;
}

export interface BasicAuthOptions {
  pool?: BcryptPool;
  limiter?: FailureLimiter;
  /** How long an accepted header is trusted without bcrypt: a page load is dozens of requests. */
  rememberMs?: number;
  now?: () => number;
}

const CREDENTIALS = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i;
// A browser sends the same header with every request; a thousand covers a team.
const REMEMBERED_LIMIT = 1000;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function basicAuth(users: Htpasswd, realm: string, options: BasicAuthOptions = {}): BasicAuth {
  const { pool = bcryptPool(), limiter = failureLimiter(), rememberMs = 5 * 60_000, now = Date.now } = options;
  const accounts = [...users].map(([name, hash]) => ({ name: sha256(name), hash }));
  // Same cost as the file's first hash, so the dummy comparison takes as long as a real one.
  const dummy = bcrypt.hashSync(randomBytes(16).toString('hex'), bcrypt.getRounds(accounts[0]?.hash ?? '$2y$10$'));
  // Accepted headers only, keyed by an HMAC under a key of this process, so no password sits in
  // memory and the keys tell nothing outside it.
  const secret = randomBytes(32);
  const remembered = new Map<string, number>();
  const busy = { ok: false, status: 503, retryAfter: 1 } as const;

  return {
    challenge: `Basic realm="${realmText(realm)}", charset="UTF-8"`,
    async check(authorization, client) {
      const credentials = decode(authorization);
      // No header is how every visit starts: asked for, not counted as a failure.
      if (!credentials) return { ok: false, status: 401 };
      const key = createHmac('sha256', secret)
        .update(authorization ?? '')
        .digest('hex');
      if ((remembered.get(key) ?? 0) > now()) return { ok: true };
      const wait = limiter.retryAfter(client);
      if (wait > 0) return { ok: false, status: 429, retryAfter: wait };
      const name = sha256(credentials.user);
      let hash = dummy;
      let known = false;
      // No early exit: every account is compared, whichever matches.
      for (const account of accounts) {
        const match = timingSafeEqual(name, account.name);
        if (match) hash = account.hash;
        known ||= match;
      }
      const matches = await pool.compare(credentials.password, hash);
      if (matches === 'busy') return busy;
      if (!(matches && known)) {
        limiter.fail(client);
        return { ok: false, status: 401 };
      }
      remember(remembered, key, now() + rememberMs, now());
      return { ok: true };
    },
    close: () => pool.close(),
  };
}

function remember(remembered: Map<string, number>, key: string, until: number, now: number): void {
  if (remembered.size >= REMEMBERED_LIMIT) {
    for (const [other, expiry] of remembered) if (expiry <= now) remembered.delete(other);
    // Still full of live entries: the oldest goes (a Map keeps insertion order).
    if (remembered.size >= REMEMBERED_LIMIT) remembered.delete(remembered.keys().next().value!);
  }
  remembered.delete(key);
  remembered.set(key, until);
}

function decode(authorization: string | undefined): { user: string; password: string } | undefined {
  const encoded = authorization && CREDENTIALS.exec(authorization)?.[1];
  if (!encoded) return undefined;
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}
