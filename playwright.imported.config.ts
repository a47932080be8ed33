/**
 * The engine on a wiki a team imports as it is (tests/fixtures/imported-wiki: an Obsidian vault,
 * a GitHub / Docusaurus docs folder and hostile notes, no settings file): built into out-imported/
 * with `BROKEN_LINKS=warn` by scripts/e2e-fixture.ts, served as `npm start` serves it, crawled, and
 * checked as those tools show it, and for what hostile notes must not do.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { IMPORTED_OUT } from './lib/testing/suites';

const port = Number(process.env.E2E_PORT ?? 4173);
process.env.E2E_MIN_PAGES = '8';
process.env.ATLAS_OUT_DIR = IMPORTED_OUT;

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ['**/engine/*.spec.ts', '**/imported-wiki/*.spec.ts'],
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts`,
    env: { PORT: String(port), HOST: '127.0.0.1', ATLAS_OUT_DIR: IMPORTED_OUT },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
