/**
 * Any wiki's own export, whatever its notes: the engine's crawl (every page opens without an
 * error, every link and #anchor resolves). `npm test` runs this when the notes are not ours.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

process.env.E2E_MIN_PAGES = '1';

export default defineConfig({ ...base, testIgnore: [], testMatch: ['**/engine/*.spec.ts'] });
