/**
 * bcrypt off the main thread. bcryptjs's async API still runs on the event loop, in slices of
 * up to 100 ms: at `htpasswd -C 10` a comparison (about 80 ms) is one slice, so 200 wrong
 * passwords at once ran back to back before the loop read the next request, and a signed-in
 * reader waited 16 s. Here comparisons run in worker threads (tinypool), and the number waiting
 * for one is bounded.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';

export interface BcryptPool {
  /** Whether `password` matches `hash`; 'busy' at once when the queue is full. */
  compare(password: string, hash: string): Promise<boolean | 'busy'>;
  close(): Promise<void>;
}

export interface BcryptPoolOptions {
  /** Worker threads; one core is left to the event loop that serves the files. */
  threads?: number;
  /** Comparisons that may wait for a thread: about a second of waiting at `-C 10`, per thread. */
  maxQueue?: number;
}

export function bcryptPool({
  threads = Math.max(1, availableParallelism() - 1),
  maxQueue = 12 * threads,
}: BcryptPoolOptions = {}): BcryptPool {
  const pool = new Tinypool({
    filename: new URL('./bcrypt-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    async compare(password, hash) {
      // Checked here rather than with tinypool's maxQueue, whose refusal is only an Error's message.
      if (pool.queueSize >= maxQueue) return 'busy';
      return (await pool.run({ password, hash })) === true;
    },
    close: () => pool.destroy(),
  };
}
