/**
 * The e2e `test`: every page a test opens must load without a console error, an uncaught
 * exception or a failed request; a test that expects one clears `pageErrors` itself.
 */
import { test as base, expect } from '@playwright/test';

interface Fixtures {
  pageErrors: string[];
}

/** With JavaScript off, Chromium refuses each script request; that refusal is the point, not an error. */
const SCRIPT_BLOCKED = / \(csp\)$/;
/**
 * A request the page itself cancelled, typically a lazy chunk still loading when a click
 * navigates away. Nothing failed; a missing file shows as an HTTP error instead.
 */
const CANCELLED = / \(net::ERR_ABORTED\)$/;

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page, javaScriptEnabled }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
      page.on('requestfailed', (request) => {
        const message = `request failed: ${request.url()} (${request.failure()?.errorText})`;
        if (CANCELLED.test(message) || (!javaScriptEnabled && SCRIPT_BLOCKED.test(message))) return;
        errors.push(message);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(errors);
      expect(errors, 'console errors, exceptions or failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
