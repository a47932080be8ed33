/**
 * What writers of docs expect (issue 15), tried in Chromium as a reader would: callouts of every
 * type in both themes, a folded one, an embedded section, a titled code block copied to the
 * clipboard, and the table of contents following the reader. Axe checks each of these pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { getMDXComponent } from 'mdx-bundler/client/index.js';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CALLOUT_TYPES } from '../../lib/content/plugins/obsidian/callout-types';
import { compileNote } from '../../lib/content/compile';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CALLOUT_NOTE = 'notes/circuit-breaker/';
const CODE_NOTE = 'notes/timeouts-retries-and-backoff/';
const FOLD_NOTE = 'notes/message-delivery-guarantees/';

async function axe(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/** Every callout type, an open fold and a closed one, as the real pipeline renders them. */
async function everyCallout(): Promise<string> {
  const body = [
    ...Object.keys(CALLOUT_TYPES).map((type) => `> [!${type}]\n> A ${type} callout's body.\n`),
    '> [!tip]+ Open fold\n> Shown.\n',
    '> [!bug]- Closed fold\n> Hidden.\n',
  ].join('\n');
  const result = await compileNote({ file: 'content/x.mdx', relativePath: 'x.mdx', body, bodyLineOffset: 0, format: 'mdx' });
  if (!result.compiled) throw new Error(JSON.stringify(result.problems));
  return renderToStaticMarkup(createElement(getMDXComponent(result.compiled.code)));
}

for (const theme of ['light', 'dark'] as const) {
  test(`callouts of every type show their icon and title and pass axe in the ${theme} theme`, async ({ page }) => {
    // Compiling the fixture and axe over a long page take their time on a busy machine.
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(CALLOUT_NOTE);
    // The note's own callout, then every type in the page's real stylesheet.
    await expect(page.getByRole('note', { name: 'Keep the timeouts' })).toBeVisible();
    const html = await everyCallout();
    await page
      .locator('#note-article')
      .evaluate((article, markup) => article.insertAdjacentHTML('afterbegin', `<div id="every-callout">${markup}</div>`), html);
    for (const type of Object.keys(CALLOUT_TYPES)) {
      const callout = page.locator(`#every-callout aside[data-callout="${type}"]`);
      await expect(callout).toHaveAccessibleName(CALLOUT_TYPES[type as keyof typeof CALLOUT_TYPES].title);
      await expect(callout.locator('.callout-icon')).toBeVisible();
      // The title takes the type's colour, set apart from the body text.
      const [title, text] = await Promise.all([
        callout.locator('.callout-title').evaluate((e) => getComputedStyle(e).color),
        page
          .locator('#note-article > p')
          .first()
          .evaluate((e) => getComputedStyle(e).color),
      ]);
      expect(title, type).not.toBe(text);
    }
    await expect(page.locator('#every-callout details[data-callout="tip"]')).toHaveAttribute('open', '');
    await expect(page.locator('#every-callout details[data-callout="bug"] p')).toBeHidden();
    expect(await axe(page)).toEqual([]);
  });
}

test('a folded callout opens and closes with the keyboard', async ({ page }) => {
  await page.goto(FOLD_NOTE);
  const fold = page.locator('details[data-callout="note"]');
  const summary = fold.locator('summary');
  await expect(summary).toHaveText('Amazon SQS FIFO queues');
  await expect(fold.getByText('deduplication ID')).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(fold.getByText('deduplication ID')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(fold.getByText('deduplication ID')).toBeHidden();
  expect(await axe(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('callouts read and fold, and embeds show, with no script at all', async ({ page }) => {
    await page.goto(FOLD_NOTE);
    await expect(page.getByRole('note', { name: "The guarantee ends at the broker's edge" })).toBeVisible();
    await page.locator('details[data-callout="note"] summary').click();
    await expect(page.getByText('deduplication ID')).toBeVisible();
    await page.goto(CALLOUT_NOTE);
    await expect(page.locator('[data-embed="timeouts-retries-and-backoff#timeouts"]')).toContainText('Set a timeout on every remote call');
  });
});

test("an embedded section shows the other note's words, with a link to where they come from", async ({ page }) => {
  await page.goto(CALLOUT_NOTE);
  const embed = page.locator('[data-embed="timeouts-retries-and-backoff#timeouts"]');
  await expect(embed).toContainText('Set a timeout on every remote call, including connection setup.');
  // Only the section: not the next one.
  await expect(embed).not.toContainText('Retry only errors that might go away');
  await embed.getByRole('link', { name: 'Timeouts, Retries and Backoff › Timeouts' }).click();
  await expect(page).toHaveURL(/\/notes\/timeouts-retries-and-backoff\/#timeouts$/);
  // The embed counts as a link: the embedded note lists the embedding one among its backlinks.
  await expect(page.getByTestId('backlinks').getByRole('link', { name: 'Circuit Breaker' }).first()).toBeVisible();
});

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a titled block shows its title and language, marks its line, and copies its code from the keyboard', async ({ page }) => {
    await page.goto(CODE_NOTE);
    const block = page.locator('[data-code-block]').filter({ hasText: 'retry.ts' });
    await expect(block.locator('.code-block-title')).toHaveText('retry.ts');
    await expect(block.locator('.code-block-language')).toHaveText('Language: ts');
    await expect(block.locator('mark.code-line')).toHaveText(['  return Math.random() * ceiling;']);
    const button = block.getByRole('button', { name: 'Copy code' });
    // Reach it with Tab, as a keyboard user would: focus the block's title region first.
    await block.locator('.code-block-title').evaluate((title) => {
      const before = document.createElement('a');
      before.href = '#';
      before.id = 'before-copy';
      before.textContent = 'x';
      title.append(before);
    });
    await page.locator('#before-copy').focus();
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button).toHaveText('Copied');
    await expect(block.getByRole('status')).toHaveText('Copied to the clipboard');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator('pre code').textContent());
    expect(copied).toContain('export function fullJitter(n: number, base = 100, cap = 10_000): number {\n');
    expect(await axe(page)).toEqual([]);
  });

  test("the copy button's code loads only on pages with a code block", async ({ page }) => {
    const scripts = async (path: string) => {
      const bodies: Promise<string>[] = [];
      const listener = (response: { url(): string; text(): Promise<string> }) => {
        if (response.url().endsWith('.js')) bodies.push(response.text().catch(() => ''));
      };
      page.on('response', listener);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      page.off('response', listener);
      return (await Promise.all(bodies)).join('\n');
    };
    expect(await scripts(CODE_NOTE)).toContain('Copied to the clipboard');
    expect(await scripts('notes/coupling/')).not.toContain('Copied to the clipboard');
  });
});

for (const width of [1280, 390]) {
  test(`the table of contents marks the section being read at ${width} px, with nothing moving`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(CODE_NOTE);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    // The list is written twice in the one landmark: the small screens' bar and the wide margin.
    const current = toc.locator(width < 1280 ? 'details a[aria-current="true"]' : 'details + div a[aria-current="true"]');
    const box = await toc.boundingBox();
    for (const id of ['trade-offs', 'bounded-retries', 'when-to-use-it-and-when-not', 'timeouts']) {
      // The heading a little below the top, as after scrolling to it.
      await page.locator(`#${id}`).evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 120));
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', `#${id}`);
    }
    // Highlighted, not only marked.
    const [marked, plain] = await Promise.all([
      current.evaluate((a) => getComputedStyle(a).color),
      toc
        .locator('a:not([aria-current])')
        .first()
        .evaluate((a) => getComputedStyle(a).color),
    ]);
    expect(marked).not.toBe(plain);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await toc.boundingBox()).toEqual(box);
  });
}

test('at 390 px a bar under the header names the section being read and opens the table of contents', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(CODE_NOTE);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const bar = toc.locator('summary');
  // Before any section is reached it names the first, as it does without JavaScript.
  await expect(bar).toContainText('Problem');
  const box = await toc.boundingBox();
  await page
    .locator('#when-to-use-it-and-when-not')
    .evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 120));
  await expect(bar).toContainText('When to use it and when not');
  // It stays in sight under the sticky site header, at the same height: nothing moved.
  const stuck = await toc.boundingBox();
  expect(stuck?.y).toBe(56);
  expect(stuck?.height).toBe(box?.height);
  // Opened with the keyboard, the list shows the section's link as the current one.
  await bar.focus();
  await page.keyboard.press('Enter');
  const current = toc.getByRole('link', { name: 'When to use it and when not' });
  await expect(current).toBeVisible();
  await expect(current).toHaveAttribute('aria-current', 'true');
  expect(await axe(page)).toEqual([]);
  // Choosing a section closes the list and the bar names it.
  await toc.getByRole('link', { name: 'Trade-offs' }).click();
  await expect(toc.locator('details')).not.toHaveAttribute('open');
  await expect(bar).toContainText('Trade-offs');
});

test('the bar is not shown on wide screens, where the list stays in the margin', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(CODE_NOTE);
  await expect(page.locator('#table-of-contents summary')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Trade-offs' })).toBeVisible();
});

for (const width of [320, 390]) {
  test(`the site name stays on one line at ${width} px, with search and menu beside it`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(CODE_NOTE);
    const name = page.getByRole('banner').getByRole('link', { name: 'Architecture Atlas' });
    await expect(name).toHaveAttribute('title', 'Architecture Atlas');
    const [nameBox, search, menu] = await Promise.all([
      name.boundingBox(),
      page
        .getByRole('banner')
        .getByRole('button', { name: /search/i })
        .boundingBox(),
      page.getByRole('banner').getByText('Menu').boundingBox(),
    ]);
    expect(nameBox!.height).toBeLessThan(30);
    expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(search!.x);
    expect(menu!.x + menu!.width).toBeLessThanOrEqual(width);
  });
}

test('the table of contents follows a jump to an anchor far down the page', async ({ page }) => {
  await page.goto(`${CODE_NOTE}#try-it`);
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Try it' })).toHaveAttribute(
    'aria-current',
    'true',
  );
});
