/**
 * The saga explorer at /sagas/ over our eight variant notes: choosing settings, the URL, the
 * sortable matrix, and no-JS reading. The expected variants are the book's table.
 */
import { SETTING_LABELS, ratingLevel } from '../../lib/sagas/variants';
import { BOOK_SAGA_VARIANTS as SAGA_VARIANTS } from '../content/book-saga-variants';
import { expect, test } from './fixtures';

const GROUPS = { communication: 'Communication', consistency: 'Consistency', coordination: 'Coordination' } as const;

function queryFor(variant: (typeof SAGA_VARIANTS)[number]) {
  return `communication=${variant.communication}&consistency=${variant.consistency}&coordination=${variant.coordination}`;
}

/** The address the explorer writes: settings equal to the first variant's (the Epic Saga's) are left out. */
function addressFor(variant: (typeof SAGA_VARIANTS)[number]) {
  const first = SAGA_VARIANTS[0]!;
  const params = new URLSearchParams(queryFor(variant));
  for (const key of Object.keys(GROUPS) as (keyof typeof GROUPS)[]) if (variant[key] === first[key]) params.delete(key);
  return params.size ? `/sagas/\\?${params}$` : '/sagas/$';
}

for (const variant of SAGA_VARIANTS) {
  test(`${variant.name}: chosen with the mouse and the keyboard, kept in the URL`, async ({ page }) => {
    // Start from another variant, so every choice changes something and the URL must follow.
    await page.goto(
      variant.slug === 'anthology-saga' ? 'sagas/' : 'sagas/?communication=async&consistency=eventual&coordination=choreographed',
    );
    const settings = { communication: variant.communication, consistency: variant.consistency, coordination: variant.coordination };
    for (const [key, value] of Object.entries(settings) as [keyof typeof GROUPS, string][]) {
      const group = page.getByRole('group', { name: GROUPS[key] });
      const label = (SETTING_LABELS[key] as Record<string, string>)[value]!;
      const radio = group.getByRole('radio', { name: label, exact: true });
      if (key === 'coordination') {
        // The keyboard: focus the checked radio of the group and move with the arrow keys.
        await group.getByRole('radio', { checked: true }).focus();
        if (!(await radio.isChecked())) await page.keyboard.press('ArrowDown');
      } else {
        await radio.click();
      }
      await expect(radio).toBeChecked();
    }
    await expect(page.getByTestId('saga-name')).toHaveText(variant.name);
    await expect(page).toHaveURL(new RegExp(addressFor(variant)));
    const panel = page.locator(`[data-saga-panel="${variant.slug}"]`);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('img', { name: new RegExp(`^${variant.ratings.coupling} \\(`) }).first()).toBeVisible();
    await expect(panel.locator('figure[data-diagram] svg:visible')).toHaveCount(1);
    await expect(page.locator('[data-saga-panel]:visible')).toHaveCount(1);
    const link = page.getByTestId('saga-link');
    await expect(link).toHaveAttribute('href', new RegExp(`/notes/${variant.slug}/$`));

    // The same address opens the same variant.
    await page.goto(`sagas/?${queryFor(variant)}`);
    await expect(page.getByTestId('saga-name')).toHaveText(variant.name);
    await page.getByTestId('saga-link').click();
    await expect(page).toHaveURL(new RegExp(`/notes/${variant.slug}/$`));
  });
}

test('the matrix sorts by each rating, both ways, and says so with aria-sort', async ({ page }) => {
  await page.goto('sagas/');
  const matrix = page.getByTestId('saga-matrix');
  for (const [key, name] of [
    ['coupling', 'Coupling'],
    ['complexity', 'Complexity'],
    ['responsiveness', 'Responsiveness/availability'],
    ['scale', 'Scale/elasticity'],
  ] as const) {
    const header = matrix.getByRole('columnheader', { name });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const levels = async () => {
      const slugs = await matrix.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-saga-row')));
      return slugs.map((slug) => ratingLevel(SAGA_VARIANTS.find((v) => v.slug === slug)!.ratings[key]));
    };
    expect(await levels()).toEqual([...(await levels())].sort((a, b) => a - b));
    await header.getByRole('button').press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(await levels()).toEqual([...(await levels())].sort((a, b) => b - a));
  }
});

test('the explorer is linked from the header and from the saga-pattern note', async ({ page }) => {
  await page.goto('notes/saga-pattern/');
  await expect(page.getByRole('article').getByRole('link', { name: 'saga explorer' })).toHaveAttribute('href', /\/sagas\/$/);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Saga explorer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saga explorer');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full matrix shows, with a link to every variant', async ({ page }) => {
    await page.goto('sagas/');
    const rows = page.getByTestId('saga-matrix').locator('tbody tr');
    await expect(rows).toHaveCount(8);
    for (const variant of SAGA_VARIANTS) {
      await expect(page.getByTestId('saga-matrix').getByRole('link', { name: variant.name })).toHaveAttribute(
        'href',
        new RegExp(`/notes/${variant.slug}/$`),
      );
    }
    await expect(page.getByTestId('saga-name')).toHaveText('Epic Saga');
  });
});
