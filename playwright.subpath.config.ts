/**
 * The sub-path deploy check: the site built with BASE_PATH=/kb into out-kb/ (see
 * scripts/e2e-subpath.ts), served under /kb/ by the same server as `npm start`.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH = '/kb';
export const SUBPATH_OUT = 'out-kb';

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ['**/subpath.spec.ts'],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}${SUBPATH}/` },
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts`,
    env: { PORT: String(port), HOST: '127.0.0.1', BASE_PATH: SUBPATH, ATLAS_OUT_DIR: SUBPATH_OUT },
    url: `http://127.0.0.1:${port}${SUBPATH}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
