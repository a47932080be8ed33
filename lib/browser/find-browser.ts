/**
 * Which Chromium the build (diagrams) and the browser tests drive: Playwright's own where
 * installed, otherwise the system's (Debian's `chromium`), with the flags a closed machine
 * needs. Build code, so it uses the `playwright` runtime package, not the test runner.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const SYSTEM_CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// No --no-sandbox here: Playwright adds it unless launched with `chromiumSandbox: true`
// (see sandbox.ts for when the build does that).
export const SYSTEM_CHROMIUM_FLAGS = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser to use, as Playwright's launch options: no path means Playwright's own Chromium. */
export interface BrowserChoice {
  executablePath?: string;
  args: string[];
}

export function findBrowser(env: Record<string, string | undefined> = process.env): BrowserChoice | undefined {
  const own = chromium.executablePath();
  if (!env.CHROMIUM_PATH && own && existsSync(own)) return { args: [] };
  const system = [env.CHROMIUM_PATH, ...SYSTEM_CHROMIUM_CANDIDATES].find((p): p is string => Boolean(p && existsSync(p)));
  return system ? { executablePath: system, args: SYSTEM_CHROMIUM_FLAGS } : undefined;
}

export const NO_BROWSER_HELP = [
  'No browser found for the end-to-end tests.',
  'Install one of:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (found at /usr/bin/chromium)',
  "  - Playwright's own: npx playwright install chromium",
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');
