/**
 * Chromium's sandbox confines a renderer that a hostile page (or a hostile diagram in a note)
 * has taken over, so the build keeps it wherever it works. It does not work as root (Chromium
 * refuses to start sandboxed there) nor in containers without user namespaces (the launch
 * fails): only then does the browser run without it.
 */
import type { LaunchOptions } from 'playwright';
import type { BrowserChoice } from './find-browser';

const isRoot = (uid: number | undefined) => uid === 0;

/** Launch options for `choice`, sandboxed unless running as root. */
export function sandboxedLaunch(choice: BrowserChoice, uid = process.getuid?.()): LaunchOptions {
  return { ...choice, chromiumSandbox: !isRoot(uid) };
}

/** For browsers started outside Playwright (Lighthouse's chrome-launcher), which add no flag of their own. */
export function sandboxFlags(uid = process.getuid?.()): string[] {
  return isRoot(uid) ? ['--no-sandbox'] : [];
}

/**
 * Wraps a browser-driving function made from launch options: when the sandboxed browser cannot
 * start, it is made again without the sandbox, once, and says so; any other failure is rethrown.
 */
export function withSandboxFallback<A extends unknown[], R>(
  options: LaunchOptions,
  make: (options: LaunchOptions) => (...args: A) => Promise<R>,
  warn = (message: string) => console.warn(message),
): (...args: A) => Promise<R> {
  let current = options;
  let run = make(current);
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      if (!current.chromiumSandbox || !isLaunchFailure(error)) throw error;
      warn('Chromium cannot start with its sandbox on this machine (no user namespaces?): drawing without it.');
      current = { ...current, chromiumSandbox: false };
      run = make(current);
      return run(...args);
    }
  };
}

// Playwright prefixes every error of a failed launch with the call that failed.
const isLaunchFailure = (error: unknown) => error instanceof Error && error.message.startsWith('browserType.launch');
