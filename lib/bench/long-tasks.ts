/** Long tasks (main-thread work over 50 ms) as the benchmarks measure them in a real browser page. */
import type { Page } from 'playwright';

interface LongTask {
  start: number;
  duration: number;
}

/** Starts recording the page's long tasks from its first script on; call before `goto`. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: LongTask[] };
    w.longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.longTasks.push({ start: e.startTime, duration: e.duration })),
    ).observe({
      type: 'longtask',
      buffered: true,
    });
  });
}

/** The durations of the tasks that started at or after `since` (page time, ms). Tasks are reported when they end, so they are filtered by start. */
export function longTasksSince(page: Page, since: number): Promise<number[]> {
  return page.evaluate(
    (t) => (window as unknown as { longTasks: LongTask[] }).longTasks.filter((e) => e.start >= t).map((e) => e.duration),
    since,
  );
}

/** The longest task that started at or after `since`; 0 when none went over 50 ms. */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return Math.max(0, ...(await longTasksSince(page, since)));
}
