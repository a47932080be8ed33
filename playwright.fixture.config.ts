/**
 * The engine on a team's wiki with none of our notes (tests/fixtures/team-wiki): built into
 * out-fixture/ by scripts/e2e-fixture.ts, served as `npm start` serves it, crawled, and checked
 * for what a team expects (its README on the home page, Markdown, images, no atlas leftovers).
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { FIXTURE_OUT } from './lib/testing/suites';

const port = Number(process.env.E2E_PORT ?? 4173);
process.env.E2E_MIN_PAGES = '8';
process.env.ATLAS_OUT_DIR = FIXTURE_OUT;

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ['**/engine/*.spec.ts', '**/team-wiki/*.spec.ts'],
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts`,
    env: { PORT: String(port), HOST: '127.0.0.1', ATLAS_OUT_DIR: FIXTURE_OUT },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
