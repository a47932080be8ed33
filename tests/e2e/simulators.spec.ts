/**
 * The simulators, driven as a reader drives them. Each test waits for `data-ready`, which a
 * simulator sets once it has hydrated and its controls respond.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ready = (page: Page, name: string) => page.locator(`[data-simulator="${name}"][data-ready]`);

/** The fake clock's start, for the tests that drive the stream's timer with Playwright's clock. */
const START = new Date('2026-01-01T00:00:00Z').getTime();

test.describe('circuit breaker simulator', () => {
  test('100% failures trip it Open; after the timeout a trial makes it Half-Open; successes close it', async ({ page }) => {
    await page.goto('notes/circuit-breaker/');
    const sim = ready(page, 'circuit-breaker');
    const state = sim.getByTestId('breaker-state');
    const send = sim.getByRole('button', { name: 'Send one request' });
    await expect(state).toHaveText('Closed');

    await sim.getByLabel('Service failure rate (%)').fill('100');
    for (let i = 0; i < 5; i += 1) await send.click(); // default: 5 failures in the last 10 calls
    await expect(state).toHaveText('Open');
    await expect(sim.locator('[data-current]')).toHaveAttribute('data-state', 'open');
    await expect(sim.locator('[aria-live="polite"]')).toHaveText('At 4 s the breaker went from Closed to Open.');

    await sim.getByLabel('Service failure rate (%)').fill('0');
    for (let i = 0; i < 4; i += 1) await send.click(); // seconds 5 to 8: still within the 5 s timeout
    await expect(state).toHaveText('Open');
    await expect(sim.getByTestId('breaker-log').locator('li').first()).toContainText('rejected fast');

    await send.click(); // second 9: the first call after the timeout is a trial
    await expect(state).toHaveText('Half-Open');
    await expect(sim.locator('[data-current]')).toHaveAttribute('data-state', 'half-open');
    await send.click();
    await send.click(); // three successful trials by default
    await expect(state).toHaveText('Closed');
  });

  test('a failed trial reopens it, and the settings come from the link', async ({ page }) => {
    await page.goto('notes/circuit-breaker/?failureRate=100&windowSize=2&failureThreshold=2&openTimeout=1&halfOpenTrials=2');
    const sim = ready(page, 'circuit-breaker');
    await expect(sim.getByLabel('Open timeout (s)')).toHaveValue('1');
    const send = sim.getByRole('button', { name: 'Send one request' });
    await send.click();
    await send.click();
    await expect(sim.getByTestId('breaker-state')).toHaveText('Open');
    await send.click(); // the timeout has passed: a trial, which fails
    await expect(sim.getByTestId('breaker-state')).toHaveText('Open');
    await expect(sim.getByTestId('breaker-log').locator('li').first()).toHaveText(/2 s\s*failed\s*trial\s*Open/);
  });

  test('a stream plays and pauses, and the log records each call', async ({ page }) => {
    await page.clock.install({ time: START });
    await page.goto('notes/circuit-breaker/');
    const sim = ready(page, 'circuit-breaker');
    const log = sim.getByTestId('breaker-log').locator('li');
    await expect(sim).toBeVisible();
    // From here the page's timers move only when the test moves them.
    await page.clock.pauseAt(START + 60_000);
    await sim.getByRole('button', { name: 'Play stream' }).click();
    await expect(sim.getByRole('button', { name: 'Pause stream' })).toHaveAttribute('aria-pressed', 'true');
    await page.clock.runFor(1500); // a call every 700 ms
    await expect(log).toHaveCount(2);
    await sim.getByRole('button', { name: 'Pause stream' }).click();
    await page.clock.runFor(5000);
    await expect(log).toHaveCount(2);
  });

  test('works from the keyboard, and with reduced motion the stream only crawls', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install({ time: START });
    await page.goto('notes/circuit-breaker/');
    const sim = ready(page, 'circuit-breaker');
    const log = sim.getByTestId('breaker-log').locator('li');
    await expect(sim).toContainText('reduced motion');
    await page.clock.pauseAt(START + 60_000);
    await sim.getByRole('button', { name: 'Send one request' }).focus();
    await page.keyboard.press('Enter');
    await expect(log).toHaveCount(1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(sim.getByRole('button', { name: 'Pause stream' })).toHaveAttribute('aria-pressed', 'true');
    // A call every 2.5 s: none after one second, the next one after 2.5 s.
    await page.clock.runFor(1000);
    await expect(log).toHaveCount(1);
    await page.clock.runFor(1600);
    await expect(log).toHaveCount(2);
  });
});

test.describe('retry simulator', () => {
  test('the chart and totals change with the strategy; no backoff does the most work', async ({ page }) => {
    await page.goto('notes/timeouts-retries-and-backoff/');
    const sim = ready(page, 'retries');
    const total = sim.getByTestId('retry-total');
    const chart = sim.getByTestId('retry-chart');
    await expect(sim.getByRole('radio', { name: 'Exponential' })).toBeChecked();
    const exponential = Number(await total.textContent());
    const exponentialChart = await chart.innerHTML();

    await sim.getByRole('radio', { name: 'No backoff' }).check();
    await expect(total).toHaveText('2550');
    await expect(sim.getByTestId('retry-last')).toHaveText('3 s');
    expect(await chart.innerHTML()).not.toBe(exponentialChart);

    await sim.getByRole('radio', { name: 'Full jitter' }).check();
    await expect(total).not.toHaveText('2550');
    const fullJitter = Number(await total.textContent());
    expect(fullJitter).toBeLessThan(exponential);
    expect(exponential).toBeLessThan(2550);
    await expect(sim.locator('[aria-live="polite"]')).toContainText(`Full jitter: ${fullJitter} calls`);
    await expect(page).toHaveURL(/strategy=full-jitter/);
  });

  test('a link with settings reproduces the run', async ({ page }) => {
    await page.goto('notes/timeouts-retries-and-backoff/?strategy=decorrelated&base=50&cap=2000&seed=7');
    const sim = ready(page, 'retries');
    await expect(sim.getByRole('radio', { name: 'Decorrelated jitter' })).toBeChecked();
    const first = await sim.getByTestId('retry-total').textContent();
    await page.reload();
    await expect(ready(page, 'retries').getByTestId('retry-total')).toHaveText(first ?? '');
  });
});

test.describe('saga latency simulator', () => {
  test('3 services of 100 ms: 300 ms sequential, 500 ms when the last step fails; the inputs change it', async ({ page }) => {
    await page.goto('notes/saga-pattern/');
    const sim = ready(page, 'saga-latency');
    const row = (strategy: string) => sim.locator(`tr[data-strategy="${strategy}"]`);
    await expect(row('sequential').getByTestId('saga-happy')).toHaveText('300 ms');
    await expect(row('sequential').getByTestId('saga-failing')).toHaveText('500 ms');
    await expect(row('parallel').getByTestId('saga-happy')).toHaveText('100 ms');
    await expect(row('early-return').getByTestId('saga-failing')).toHaveText('300 ms');

    await sim.getByLabel('Services').fill('5');
    await sim.getByLabel('Time per call (ms)').fill('200');
    await sim.getByLabel('Failing step').selectOption('2');
    await expect(row('sequential').getByTestId('saga-happy')).toHaveText('1000 ms');
    await expect(row('sequential').getByTestId('saga-failing')).toHaveText('600 ms');
    await sim.getByLabel('Failing step').selectOption('0');
    await expect(sim.getByTestId('saga-failing')).toHaveCount(0);
  });

  for (const slug of ['epic-saga', 'fairy-tale-saga']) {
    test(`is live in ${slug}`, async ({ page }) => {
      await page.goto(`notes/${slug}/`);
      await expect(ready(page, 'saga-latency').locator('tr[data-strategy="sequential"]').getByTestId('saga-happy')).toHaveText('300 ms');
    });
  }

  test('without JavaScript the note still shows the table', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('notes/saga-pattern/');
    const table = page.locator('[data-simulator="saga-latency"] table');
    await expect(table).toContainText('300 ms');
    await expect(table).toContainText('500 ms');
    await context.close();
  });
});

test('every simulator fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [slug, name] of [
    ['circuit-breaker', 'circuit-breaker'],
    ['timeouts-retries-and-backoff', 'retries'],
    ['saga-pattern', 'saga-latency'],
  ]) {
    await page.goto(`notes/${slug}/`);
    await expect(ready(page, name!)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, slug).toBeLessThanOrEqual(0);
  }
});
