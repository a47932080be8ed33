import { defineConfig } from '@playwright/test';
import { findBrowser } from './lib/testing/find-browser';

const port = Number(process.env.E2E_PORT ?? 4173);
const basePath = process.env.BASE_PATH ?? '';
const browser = findBrowser();
// Our own site has dozens of notes: a crawl that finds fewer has lost pages.
process.env.E2E_MIN_PAGES ??= '40';

/**
 * The end-to-end suite of our own site: every spec, against `out/`. Other suites reuse this
 * config: playwright.site.config.ts (any wiki), playwright.fixture.config.ts (the engine on a
 * team wiki fixture), playwright.subpath.config.ts (our site under /kb).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // The sub-path crawl runs against its own /kb build; the team-wiki specs against the fixture's.
  testIgnore: ['**/subpath.spec.ts', '**/team-wiki/**', '**/imported-wiki/**'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}/`,
    trace: 'off',
    launchOptions: browser ?? {},
  },
  // The suite runs against the exported site served exactly as `npm start` serves it.
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts`,
    env: { PORT: String(port), HOST: '127.0.0.1' },
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
