/**
 * `npm run test:e2e`: Playwright against the exported site, served as `npm start` serves it.
 * Uses Playwright's Chromium or the system's; with neither, tries Playwright's install once,
 * and if that fails too, stops with a message that says how to get a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NO_BROWSER_HELP, findBrowser } from '../lib/testing/find-browser';
import { isMain } from '../lib/build/is-main';

const root = process.cwd();
const bin = (pkg: string, file: string) => path.join(root, 'node_modules', pkg, file);

export function ensureBrowser(): boolean {
  if (findBrowser()) return true;
  console.log('No Chromium found: trying `playwright install chromium`…');
  spawnSync(process.execPath, [bin('playwright', 'cli.js'), 'install', 'chromium'], { stdio: 'inherit' });
  if (findBrowser()) return true;
  console.error(`\n${NO_BROWSER_HELP}\n`);
  return false;
}

/** `playwright test` with these arguments; true when every test passed. */
export function runPlaywright(args: string[]): boolean {
  return spawnSync(process.execPath, [bin('@playwright/test', 'cli.js'), 'test', ...args], { stdio: 'inherit' }).status === 0;
}

export function runE2e(extraArgs: string[] = []): boolean {
  if (!existsSync(path.join(root, 'out', 'index.html'))) {
    console.error('out/ has no build: run `npm run build` first.');
    return false;
  }
  if (!ensureBrowser()) return false;
  return runPlaywright(extraArgs);
}

if (isMain(import.meta.url)) {
  process.exitCode = runE2e(process.argv.slice(2)) ? 0 : 1;
}
