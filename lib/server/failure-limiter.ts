/**
 * Wrong passwords counted per client address: after `limit` within `windowMs`, the address is
 * refused (429) until the window ends, before any bcrypt work is spent on it.
 */
export interface FailureLimiter {
  /** Whole seconds until `client` may try again; 0 when it may now. */
  retryAfter(client: string): number;
  /** Counts one wrong password from `client`. */
  fail(client: string): void;
}

export interface FailureLimiterOptions {
  /** Failures allowed per window; 0 turns the limit off (behind a proxy, every reader shares its address). */
  limit?: number;
  windowMs?: number;
  /** Addresses remembered at most, so a flood from many addresses cannot fill the memory. */
  maxClients?: number;
  now?: () => number;
}

export function failureLimiter({
  limit = 10,
  windowMs = 60_000,
  maxClients = 10_000,
  now = Date.now,
}: FailureLimiterOptions = {}): FailureLimiter {
  // A fixed window from each address's first failure: simple, and enough to cap guessing.
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (client: string) => {
    const window = windows.get(client);
    return window && now() - window.start < windowMs ? window : undefined;
  };
  return {
    retryAfter(client) {
      const window = limit > 0 ? current(client) : undefined;
      return window && window.failures >= limit ? Math.ceil((window.start + windowMs - now()) / 1000) : 0;
    },
    fail(client) {
      if (limit <= 0) return;
      const window = current(client);
      if (window) window.failures += 1;
      else {
        windows.delete(client);
        // Full: the oldest window goes first (a Map keeps insertion order).
        if (windows.size >= maxClients) windows.delete(windows.keys().next().value!);
        windows.set(client, { start: now(), failures: 1 });
      }
    },
  };
}
