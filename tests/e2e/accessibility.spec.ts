import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { PAGE_TYPES } from '../../lib/testing/page-types';

// Both themes in one test per page type: the page is loaded in the light theme, then again in the dark.
for (const { name, path } of PAGE_TYPES) {
  test(`${name} has no axe violations in the light and dark themes`, async ({ page }) => {
    const violations: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      for (const v of results.violations)
        violations.push(
          `${theme}: ${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')})`,
        );
    }
    expect(violations).toEqual([]);
  });
}

test('focus is always visible while tabbing through a note, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('notes/saga-pattern/');
    const invisible: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const report = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const rect = el.getBoundingClientRect();
        return {
          outlined,
          visible: rect.width > 0 && rect.height > 0,
          label: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`,
        };
      });
      if (report && (!report.outlined || !report.visible)) invisible.push(`${theme}: ${report.label}`);
    }
    expect(invisible).toEqual([]);
  }
});
